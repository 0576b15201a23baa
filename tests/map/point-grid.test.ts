// The grid of marks answers what a look at every mark answers: those within a box, in order, those outside its area left out.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PointGrid } from '../../src/map/point-grid';

const coordinate = fc.double({ min: -50, max: 250, noNaN: true });

describe('PointGrid', () => {
  it('finds the points within a box, in ascending order, as a look at every point does', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(coordinate, coordinate), { maxLength: 60 }),
      fc.tuple(coordinate, coordinate, fc.double({ min: 0, max: 80, noNaN: true }), fc.double({ min: 0, max: 80, noNaN: true })),
      fc.integer({ min: 5, max: 64 }),
      (points, [x, y, w, h], cell) => {
        const xy = Float64Array.from(points.flat());
        const area = { x: 0, y: 0, width: 200, height: 150 };
        const grid = new PointGrid({ cell });
        grid.fill(xy, area);
        const filed = (px: number, py: number) => px >= 0 && px < 200 && py >= 0 && py < 150;
        const expected = points.flatMap(([px, py], i) => (filed(px, py) && px >= x && px <= x + w && py >= y && py <= y + h ? [i] : []));
        expect(grid.within(x, y, x + w, y + h, xy)).toEqual(expected);
      },
    ));
  });

  it('leaves out marks not placed, and forgets the last filling', () => {
    const grid = new PointGrid({ cell: 10 });
    grid.fill(Float64Array.from([5, 5, NaN, NaN, 5, 6]), { x: 0, y: 0, width: 100, height: 100 });
    expect(grid.within(0, 0, 100, 100, Float64Array.from([5, 5, NaN, NaN, 5, 6]))).toEqual([0, 2]);
    const moved = Float64Array.from([50, 50]);
    grid.fill(moved, { x: 0, y: 0, width: 100, height: 100 });
    expect(grid.within(0, 0, 20, 20, moved)).toEqual([]);
    expect(grid.within(45, 45, 55, 55, moved)).toEqual([0]);
  });
});
