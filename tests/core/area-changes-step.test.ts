// What changed per area after a range's end moved, worked out from what changed before, is what
// changed worked out from scratch; a move that brings in or drops no change keeps the same array.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { areaChangesAfter } from '../../src/core/area-changes-step';
import { areaChanges, type AreaChange } from '../../src/core/changes';
import { indexDataset } from '../../src/core/dataset-index';
import { HOUR } from '../../src/core/time';
import type { TimeRange } from '../../src/core/time-range';
import { arbitraryDataset } from '../helpers/arbitrary-dataset';
import { runs } from '../helpers/properties';

const HOUR0 = Date.parse('2020-01-01T00:00:00+03:00');
/** On the generated datasets' hour grid (where their changes fall), a millisecond either side, and past both ends. */
const moment = fc.tuple(fc.integer({ min: -2, max: 98 }), fc.constantFrom(0, 0, 1, -1)).map(([h, ms]) => HOUR0 + h * HOUR + ms);

describe('what changed per area after an end moved', () => {
  it('is what changed from scratch, for any walk of the end and of the start (generated datasets)', () => {
    fc.assert(fc.property(arbitraryDataset, fc.array(fc.tuple(fc.boolean(), moment), { minLength: 1, maxLength: 14 }), moment, (dataset, moves, start0) => {
      const { control } = indexDataset(dataset);
      let previous: { range: TimeRange; areas: AreaChange[] } | null = null;
      let start = start0;
      for (const [moveStart, at] of moves) {
        // Mostly the end moves; now and then the start, which must be worked out anew.
        if (moveStart) start = at;
        const range = { start, end: Math.max(start, moveStart ? start : at) };
        const areas = areaChangesAfter({ previous, index: control, range });
        expect(areas).toEqual(areaChanges(control, range));
        previous = { range, areas };
      }
    }), { numRuns: runs(300) });
  });

  it('keeps the same array, and each area its AreaChange, when the move passes no change of control', () => {
    fc.assert(fc.property(arbitraryDataset, moment, fc.integer({ min: 1, max: 30 }), (dataset, start, hours) => {
      const { control } = indexDataset(dataset);
      const before = { start, end: start + hours * HOUR };
      const areas = areaChanges(control, before);
      // Half an hour on: the generated changes fall on whole hours, so this passes one only if the hour had one.
      const range = { start, end: before.end + HOUR / 2 };
      const after = areaChangesAfter({ previous: { range: before, areas }, index: control, range });
      const passed = control.changeTimes.some((t) => t > before.end && t <= range.end);
      if (!passed) expect(after).toBe(areas);
      for (const a of after) {
        const old = areas.find((x) => x.site === a.site);
        if (old && !control.tracks.get(a.site)?.times.some((t) => t > before.end && t <= range.end)) expect(a).toBe(old);
      }
    }), { numRuns: runs(200) });
  });

  it('starts afresh when the start moved: what changed before a new start is not carried over', () => {
    fc.assert(fc.property(arbitraryDataset, moment, moment, (dataset, a, b) => {
      const { control } = indexDataset(dataset);
      const first = { start: Math.min(a, b), end: Math.max(a, b) };
      const areas = areaChanges(control, first);
      const moved = { start: first.start + HOUR, end: first.end + HOUR };
      expect(areaChangesAfter({ previous: { range: first, areas }, index: control, range: moved })).toEqual(areaChanges(control, moved));
    }), { numRuns: runs(100) });
  });
});
