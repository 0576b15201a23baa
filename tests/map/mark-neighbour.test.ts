import { describe, expect, it } from 'vitest';
import { nearestMark, neighbourMark } from '../../src/map/mark-neighbour';

// Invented marks on a screen, in pixels: a plus of four around a centre, and one far to the side.
//          1 (100, 40)
// 3 (40, 100)  0 (100, 100)  2 (160, 100)
//          4 (100, 160)              5 (300, 110)
const xy = Float64Array.from([100, 100, 100, 40, 160, 100, 40, 100, 100, 160, 300, 110]);

describe('neighbourMark', () => {
  it('goes to the nearest mark in the arrow\'s direction', () => {
    expect(neighbourMark({ xy, from: 0, direction: 'up' })).toBe(1);
    expect(neighbourMark({ xy, from: 0, direction: 'right' })).toBe(2);
    expect(neighbourMark({ xy, from: 0, direction: 'left' })).toBe(3);
    expect(neighbourMark({ xy, from: 0, direction: 'down' })).toBe(4);
    expect(neighbourMark({ xy, from: 2, direction: 'right' })).toBe(5);
  });

  it('does not take a mark that lies more to the side than ahead', () => {
    // From the top mark, the right-hand mark is as far down as across (45°): within reach of Right.
    expect(neighbourMark({ xy, from: 1, direction: 'right' })).toBe(2);
    // From the far mark, nothing lies further right, up or down within reach of those arrows.
    expect(neighbourMark({ xy, from: 5, direction: 'right' })).toBe(-1);
    expect(neighbourMark({ xy, from: 5, direction: 'up' })).toBe(-1);
    expect(neighbourMark({ xy, from: 5, direction: 'left' })).toBe(2);
  });

  it('skips marks that cannot be reached (out of view) and marks not placed', () => {
    expect(neighbourMark({ xy, from: 0, direction: 'right', reachable: (i) => i !== 2 })).toBe(5);
    const unplaced = Float64Array.from([0, 0, NaN, NaN, 10, 0]);
    expect(neighbourMark({ xy: unplaced, from: 0, direction: 'right' })).toBe(2);
  });

  it('walks through marks at one spot in list order, onwards with right and down, back with left and up', () => {
    const stack = Float64Array.from([50, 50, 50, 50, 50, 50]);
    expect(neighbourMark({ xy: stack, from: 0, direction: 'right' })).toBe(1);
    expect(neighbourMark({ xy: stack, from: 1, direction: 'down' })).toBe(2);
    expect(neighbourMark({ xy: stack, from: 2, direction: 'right' })).toBe(-1);
    expect(neighbourMark({ xy: stack, from: 2, direction: 'left' })).toBe(1);
    expect(neighbourMark({ xy: stack, from: 0, direction: 'up' })).toBe(-1);
  });
});

describe('nearestMark', () => {
  it('finds the mark nearest a point among those reachable, or none', () => {
    expect(nearestMark(xy, { x: 150, y: 95 })).toBe(2);
    expect(nearestMark(xy, { x: 150, y: 95 }, (i) => i !== 2)).toBe(0);
    expect(nearestMark(new Float64Array(), { x: 0, y: 0 })).toBe(-1);
  });
});
