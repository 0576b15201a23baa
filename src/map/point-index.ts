// Finds the mark under the pointer among many: a static k-d tree (kdbush) over the marks' positions
// in pixels at one zoom, asked for the nearest mark within a radius. Pure, so it is tested in Node.
import KDBush from 'kdbush';

export class PointIndex {
  private readonly tree: KDBush | null;

  /** `xy` holds the positions as x0, y0, x1, y1, …; a point's index is its place in that list. */
  constructor(private readonly xy: Float64Array) {
    const n = xy.length >> 1;
    if (n === 0) {
      this.tree = null;
      return;
    }
    const tree = new KDBush(n);
    for (let i = 0; i < n; i++) tree.add(xy[2 * i] as number, xy[2 * i + 1] as number);
    this.tree = tree.finish();
  }

  /** The index of the point nearest `at` within `radius` (on a tie the later one, drawn on top), or -1. */
  nearest(at: { x: number; y: number }, radius: number): number {
    if (!this.tree) return -1;
    let best = -1;
    let bestD2 = Infinity;
    for (const i of this.tree.within(at.x, at.y, radius)) {
      const dx = (this.xy[2 * i] as number) - at.x;
      const dy = (this.xy[2 * i + 1] as number) - at.y;
      const d2 = dx * dx + dy * dy;
      if (d2 < bestD2 || (d2 === bestD2 && i > best)) {
        best = i;
        bestD2 = d2;
      }
    }
    return best;
  }
}
