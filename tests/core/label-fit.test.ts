// Labels thinned where they crowd: each shown where it covers none shown before it; the "was" line's
// size, as the map and the pictures both estimate it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelsThatFit, wasLabelBox, type LabelBox } from '../../src/core/label-fit';
import { runs } from '../helpers/properties';

const box = (left: number, top: number, width = 40, height = 14): LabelBox => ({ left, top, width, height });
const apart = (a: LabelBox, b: LabelBox, gap: number) =>
  a.left >= b.left + b.width + gap || b.left >= a.left + a.width + gap || a.top >= b.top + b.height + gap || b.top >= a.top + a.height + gap;

describe('labelsThatFit', () => {
  it('shows the first of two that overlap, and any clear of those shown', () => {
    expect(labelsThatFit([box(0, 0), box(20, 5), box(0, 20), box(41, 0)], 2)).toEqual([true, false, true, false]);
    // A box hidden does not hide others: the third is clear of the first, though not of the second.
    expect(labelsThatFit([box(0, 0), box(30, 0), box(60, 0)], 2)).toEqual([true, false, true]);
    expect(labelsThatFit([])).toEqual([]);
  });

  it('never shows two that come closer than the gap, and hides a box only for one shown before it', () => {
    const boxes = fc.array(fc.record({ left: fc.integer({ min: 0, max: 300 }), top: fc.integer({ min: 0, max: 300 }), width: fc.integer({ min: 1, max: 80 }), height: fc.integer({ min: 1, max: 20 }) }), { maxLength: 40 });
    fc.assert(fc.property(boxes, fc.integer({ min: 0, max: 4 }), (list, gap) => {
      const shown = labelsThatFit(list, gap);
      list.forEach((b, i) => {
        const before = list.slice(0, i).filter((_, j) => shown[j]);
        expect(shown[i]).toBe(before.every((s) => apart(b, s, gap)));
      });
    }), { numRuns: runs(200) });
  });
});

describe('wasLabelBox', () => {
  it('is centred on the area\'s centre, under it by `below` or centred on it, and scales with the unit', () => {
    const under = wasLabelBox({ x: 100, y: 50, below: 17, text: 'was: Invented Holder' });
    expect(under.left + under.width / 2).toBeCloseTo(100);
    expect(under.top).toBe(67);
    const centred = wasLabelBox({ x: 100, y: 50, below: null, text: 'was: Invented Holder' });
    expect(centred.top + centred.height / 2).toBeCloseTo(50);
    const longer = wasLabelBox({ x: 100, y: 50, below: null, text: 'was: Another Invented Holder' });
    expect(longer.width).toBeGreaterThan(centred.width);
    const twice = wasLabelBox({ x: 0, y: 0, below: null, text: 'was: Invented Holder' }, 2);
    expect(twice.width).toBeCloseTo(2 * centred.width);
    expect(twice.height).toBeCloseTo(2 * centred.height);
  });
});
