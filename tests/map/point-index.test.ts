import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PointIndex } from '../../src/map/point-index';

const index = (points: [number, number][]) => new PointIndex(Float64Array.from(points.flat()));

/** The answer by looking at every point: nearest within the radius, the later one on a tie. */
function bruteNearest(points: [number, number][], at: { x: number; y: number }, radius: number): number {
  let best = -1;
  let bestD2 = Infinity;
  points.forEach(([x, y], i) => {
    const d2 = (x - at.x) ** 2 + (y - at.y) ** 2;
    if (d2 <= radius * radius && d2 <= bestD2) {
      best = i;
      bestD2 = d2;
    }
  });
  return best;
}

describe('PointIndex', () => {
  it('finds nothing in an empty map, or where no point is within reach', () => {
    expect(index([]).nearest({ x: 0, y: 0 }, 8)).toBe(-1);
    expect(index([[100, 100], [120, 100]]).nearest({ x: 110, y: 130 }, 8)).toBe(-1);
  });

  it('finds a point up to the radius away, and not beyond', () => {
    const points = index([[100, 100]]);
    expect(points.nearest({ x: 108, y: 100 }, 8)).toBe(0);
    expect(points.nearest({ x: 108.5, y: 100 }, 8)).toBe(-1);
    // A circle, not a square: the corner of the box around the point is out of reach.
    expect(points.nearest({ x: 106, y: 106 }, 8)).toBe(-1);
  });

  it('picks the nearest of several points within reach, whatever their order', () => {
    expect(index([[100, 100], [105, 100], [110, 100]]).nearest({ x: 104, y: 101 }, 8)).toBe(1);
    expect(index([[110, 100], [105, 100], [100, 100]]).nearest({ x: 101, y: 100 }, 8)).toBe(2);
  });

  it('picks the later of two points at the same spot (it is drawn on top)', () => {
    expect(index([[50, 50], [50, 50], [60, 50]]).nearest({ x: 51, y: 50 }, 8)).toBe(1);
  });

  it('agrees with a look at every point, for any points and pointer', () => {
    const coord = fc.double({ min: -2000, max: 2000, noNaN: true });
    fc.assert(fc.property(
      fc.array(fc.tuple(coord, coord), { maxLength: 300 }),
      fc.record({ x: coord, y: coord }),
      fc.double({ min: 0, max: 400, noNaN: true }),
      (points, at, radius) => {
        expect(index(points).nearest(at, radius)).toBe(bruteNearest(points, at, radius));
      },
    ), { numRuns: 300 });
  });

  it('answers among 100,000 marks in pixels at a high zoom (large coordinates)', () => {
    const points: [number, number][] = Array.from({ length: 100_000 }, (_, k) => [40_000_000 + (k % 400) * 3, 25_000_000 + Math.floor(k / 400) * 3]);
    const at = { x: 40_000_000 + 123 * 3 + 1, y: 25_000_000 + 200 * 3 - 1 };
    expect(index(points).nearest(at, 8)).toBe(200 * 400 + 123);
  });
});
