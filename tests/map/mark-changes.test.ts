// The marks a step drops and adds, by identity, against sets worked out by hand; null where the marks kept change order.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markChanges } from '../../src/map/mark-changes';

const marks = Array.from({ length: 40 }, (_, k) => ({ k }));

/** Marks picked from the list above, in its order: as the app's incidents always come (by start). */
const inOrder = fc.uniqueArray(fc.integer({ min: 0, max: marks.length - 1 }), { maxLength: 30 }).map((ks) => ks.sort((a, b) => a - b).map((k) => marks[k] as { k: number }));

describe('markChanges', () => {
  it('answers null exactly when the marks kept changed order, and otherwise finds those gone and added', () => {
    const shuffled = fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 10 }).map((ks) => ks.map((k) => marks[k] as { k: number }));
    fc.assert(fc.property(shuffled, shuffled, (before, after) => {
      const keptBefore = before.filter((m) => after.includes(m));
      const keptAfter = after.filter((m) => before.includes(m));
      const changes = markChanges(before, after);
      if (keptBefore.some((m, i) => keptAfter[i] !== m)) expect(changes).toBeNull();
      else expect(changes).toEqual({ gone: before.flatMap((m, i) => (after.includes(m) ? [] : [i])), added: after.flatMap((m, j) => (before.includes(m) ? [] : [j])) });
    }));
  });

  it('finds the marks gone and added, whatever the two lists (in one order)', () => {
    fc.assert(fc.property(inOrder, inOrder, (before, after) => {
      const changes = markChanges(before, after);
      expect(changes).not.toBeNull();
      expect(changes?.gone.map((i) => before[i])).toEqual(before.filter((m) => !after.includes(m)));
      expect(changes?.added.map((j) => after[j])).toEqual(after.filter((m) => !before.includes(m)));
    }));
  });

  it('reads a queue\'s step (oldest gone, new ones after) and an end moving on (new ones after)', () => {
    const [a, b, c, d, e] = marks as [object, object, object, object, object];
    expect(markChanges([a, b, c], [c, d, e])).toEqual({ gone: [0, 1], added: [1, 2] });
    expect(markChanges([a, b, c], [a, b, c, d])).toEqual({ gone: [], added: [3] });
    // A fade: the mark's look is another object in the same place in the list.
    expect(markChanges([a, b, c], [a, d, c])).toEqual({ gone: [1], added: [1] });
    const same = [a, b];
    expect(markChanges(same, same)).toEqual({ gone: [], added: [] });
  });

  it('answers null when marks kept are in another order', () => {
    const [a, b, c] = marks as [object, object, object];
    expect(markChanges([a, b, c], [b, a, c])).toBeNull();
    expect(markChanges([a, b, c], [c, b])).toBeNull();
    expect(markChanges([a, b, c], [b, c, a])).toBeNull();
  });
});
