import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../helpers/properties';
import { rowWindow } from '../../src/ui/use-row-window';

describe('rowWindow', () => {
  it('renders the rows in view plus a margin, and pads for the rest', () => {
    // 1,000 rows of 30 px, scrolled to row 100, 300 px of view: rows 98–111 (2 above, 10 in view, 2 below).
    expect(rowWindow(1000, 30, 3000, 300)).toEqual({ first: 98, end: 112, padTop: 98 * 30, padBottom: (1000 - 112) * 30 });
  });

  it('keeps the whole height and never leaves the list, wherever it is scrolled', () => {
    fc.assert(fc.property(fc.nat(5000), fc.integer({ min: 10, max: 80 }), fc.nat(400_000), fc.nat(2000), (count, h, top, view) => {
      const w = rowWindow(count, h, top, view);
      expect(w.first).toBeGreaterThanOrEqual(0);
      expect(w.end).toBeLessThanOrEqual(count);
      expect(w.first).toBeLessThanOrEqual(w.end);
      expect(w.padTop + (w.end - w.first) * h + w.padBottom).toBe(count * h);
      // The rows in view are among those rendered.
      const firstInView = Math.min(Math.floor(top / h), count);
      if (firstInView < count && view > 0) {
        expect(w.first).toBeLessThanOrEqual(firstInView);
        expect(w.end).toBeGreaterThanOrEqual(Math.min(count, Math.ceil((top + view) / h)));
      }
    }), { numRuns: runs(500) });
  });
});
