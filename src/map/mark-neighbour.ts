// Keyboard travel between marks on the map: the mark an arrow key leads to from another. Pure (no
// DOM), so that it is tested in Node; the canvas asks it with the marks' positions in pixels.

export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<ArrowDirection, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

export interface NeighbourOptions {
  /** Positions as x0, y0, x1, y1, … in pixels (y grows downwards); NaN for a mark not placed. */
  xy: Float64Array;
  /** The index of the mark travelled from. */
  from: number;
  direction: ArrowDirection;
  /** Whether a mark may be reached (e.g. it is in view); every mark when absent. */
  reachable?: (i: number) => boolean;
}

/**
 * The mark an arrow key leads to: among the marks ahead in that direction (within 60° either side
 * of it), the one nearest, with marks off the arrow's line counting as farther; -1 when none is.
 */
export function neighbourMark({ xy, from, direction, reachable = () => true }: NeighbourOptions): number {
  const [ux, uy] = VECTORS[direction];
  // Marks at the same spot are reached in list order: onwards to the right and down, back to the left and up.
  const onwards = ux + uy > 0;
  const x0 = xy[2 * from] as number;
  const y0 = xy[2 * from + 1] as number;
  let best = -1;
  let bestCost = Infinity;
  for (let i = 0; i < xy.length >> 1; i++) {
    if (i === from || !reachable(i)) continue;
    const dx = (xy[2 * i] as number) - x0;
    const dy = (xy[2 * i + 1] as number) - y0;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    const same = dx === 0 && dy === 0;
    // tan 60° ≈ 1.73: a mark more to the side than ahead belongs to another arrow.
    if (same ? onwards !== i > from : !(along > 0) || across > 1.73 * along) continue;
    const cost = same ? Math.abs(i - from) * 1e-9 : along + 2 * across;
    if (cost < bestCost) {
      best = i;
      bestCost = cost;
    }
  }
  return best;
}

/** The index of the mark nearest a point (among those reachable), or -1. */
export function nearestMark(xy: Float64Array, at: { x: number; y: number }, reachable: (i: number) => boolean = () => true): number {
  let best = -1;
  let bestD2 = Infinity;
  for (let i = 0; i < xy.length >> 1; i++) {
    if (!reachable(i)) continue;
    const d2 = ((xy[2 * i] as number) - at.x) ** 2 + ((xy[2 * i + 1] as number) - at.y) ** 2;
    if (d2 < bestD2) {
      best = i;
      bestD2 = d2;
    }
  }
  return best;
}
