// Which marks lie in a small box, among the few thousand a canvas shows: a grid of square cells,
// each listing its marks in drawing order, kept in typed arrays (no object per mark) and refilled
// for each partial drawing. Pure, so that it is tested in Node.

export interface GridArea {
  /** The top-left corner and size of what the grid covers, in the points' units; points outside are left out. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PointGridOptions {
  /** A cell's side; about the size of the boxes asked for keeps each answer to a few cells. */
  cell: number;
}

export class PointGrid {
  private readonly cell: number;
  private area: GridArea = { x: 0, y: 0, width: 0, height: 0 };
  private cols = 0;
  private rows = 0;
  /** Where each cell's points begin in `items` (cell c holds items[starts[c]] to items[starts[c + 1]]). */
  private starts = new Int32Array(1);
  private items = new Int32Array(0);
  /** Each point's cell (or -1), kept between fillings. */
  private cellOf = new Int32Array(0);

  constructor({ cell }: PointGridOptions) {
    this.cell = cell;
  }

  /** Files the points (x0, y0, x1, y1, …) within `area` by cell; NaN positions are left out. */
  fill(xy: Float64Array, area: GridArea): void {
    const n = xy.length >> 1;
    this.area = area;
    this.cols = Math.max(1, Math.ceil(area.width / this.cell));
    this.rows = Math.max(1, Math.ceil(area.height / this.cell));
    const cells = this.cols * this.rows;
    if (this.starts.length < cells + 1) this.starts = new Int32Array(cells + 1);
    else this.starts.fill(0, 0, cells + 1);
    if (this.cellOf.length < n) this.cellOf = new Int32Array(n);
    const cellOf = this.cellOf;
    // Counted, then placed: each cell's points stay in their order.
    for (let i = 0; i < n; i++) {
      const c = this.cellAt(xy[2 * i] as number, xy[2 * i + 1] as number);
      cellOf[i] = c;
      if (c >= 0) (this.starts[c + 1] as number)++;
    }
    for (let c = 0; c < cells; c++) this.starts[c + 1] = (this.starts[c + 1] as number) + (this.starts[c] as number);
    const total = this.starts[cells] as number;
    if (this.items.length < total) this.items = new Int32Array(total);
    const next = this.starts.slice(0, cells);
    for (let i = 0; i < n; i++) {
      const c = cellOf[i] as number;
      if (c >= 0) this.items[(next[c] as number)++] = i;
    }
  }

  /** The indices of the points filed within the box (edges included), in ascending order. */
  within(minX: number, minY: number, maxX: number, maxY: number, xy: Float64Array): number[] {
    const out: number[] = [];
    const { x, y } = this.area;
    const c0 = Math.max(0, Math.floor((minX - x) / this.cell));
    const c1 = Math.min(this.cols - 1, Math.floor((maxX - x) / this.cell));
    const r0 = Math.max(0, Math.floor((minY - y) / this.cell));
    const r1 = Math.min(this.rows - 1, Math.floor((maxY - y) / this.cell));
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * this.cols + c;
        for (let k = this.starts[cell] as number; k < (this.starts[cell + 1] as number); k++) {
          const i = this.items[k] as number;
          const px = xy[2 * i] as number;
          const py = xy[2 * i + 1] as number;
          if (px >= minX && px <= maxX && py >= minY && py <= maxY) out.push(i);
        }
      }
    }
    // Each cell's list is in order; those of several cells are merged by a sort.
    if (c1 > c0 || r1 > r0) out.sort((a, b) => a - b);
    return out;
  }

  private cellAt(px: number, py: number): number {
    const { x, y, width, height } = this.area;
    // NaN fails both tests.
    if (!(px >= x && px < x + width && py >= y && py < y + height)) return -1;
    const c = Math.min(this.cols - 1, Math.floor((px - x) / this.cell));
    const r = Math.min(this.rows - 1, Math.floor((py - y) / this.cell));
    return r * this.cols + c;
  }
}
