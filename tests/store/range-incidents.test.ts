// The incidents of a range as its end moves, from those of the step before: the same as worked out
// whole, for any walk of the ends; and worked out whole again when what they depend on changes
// (the dataset's index, the layers shown, the range's start).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexDataset } from '../../src/core/dataset-index';
import { incidentsOverlapping } from '../../src/core/incidents';
import { HOUR } from '../../src/core/time';
import type { Incident } from '../../src/core/types';
import { rangeIncidentsFollower } from '../../src/store/range-incidents';
import { arbitraryDataset } from '../helpers/arbitrary-dataset';
import { runs } from '../helpers/properties';

const HOUR0 = Date.parse('2020-01-01T00:00:00+03:00');
const moment = fc.tuple(fc.integer({ min: -2, max: 98 }), fc.constantFrom(0, 0, 1, -1)).map(([h, ms]) => HOUR0 + h * HOUR + ms);
const TYPES = ['clash', 'mortar', 'capture', 'talks', 'statement'];

/** A filter on incident types, as the layers make one. */
const keepOf = (types: readonly string[]) => (i: Incident) => types.includes(i.type);

describe('a range\'s incidents as its end moves', () => {
  it('are those worked out whole, for any walk of the ends and any change of the layers', () => {
    fc.assert(fc.property(arbitraryDataset, moment, fc.array(fc.tuple(fc.constantFrom('end', 'end', 'end', 'start', 'layers'), moment, fc.subarray(TYPES)), { minLength: 1, maxLength: 14 }), (dataset, start0, moves) => {
      const index = indexDataset(dataset);
      const shown = rangeIncidentsFollower();
      let range: [number, number] = [start0, start0];
      let layers = [...TYPES];
      for (const [what, at, types] of moves) {
        if (what === 'end') range = [range[0], Math.max(range[0], at)];
        else if (what === 'start') range = [Math.min(at, range[1]), range[1]];
        else layers = types;
        const keep = keepOf(layers);
        expect(shown(index, layers, range, keep)).toEqual(incidentsOverlapping(index.incidents, range[0], range[1]).filter(keep));
      }
    }), { numRuns: runs(300) });
  });

  it('keep the same array when a move brings in or drops none', () => {
    fc.assert(fc.property(arbitraryDataset, moment, fc.integer({ min: 0, max: 30 }), (dataset, start, hours) => {
      const index = indexDataset(dataset);
      const shown = rangeIncidentsFollower();
      const layers = [...TYPES];
      const keep = keepOf(layers);
      const end = start + hours * HOUR;
      const before = shown(index, layers, [start, end], keep);
      // A quarter of an hour on: the generated incidents begin on whole hours, so mostly none begins in it.
      const after = shown(index, layers, [start, end + HOUR / 4], keep);
      const came = index.incidents.starts.some((t) => t > end && t <= end + HOUR / 4);
      if (came) expect(after).not.toBe(before);
      else expect(after).toBe(before);
    }), { numRuns: runs(100) });
  });

  it('are worked out whole for another index, other layers or another start, never carried over', () => {
    const keepAll = keepOf(TYPES);
    fc.assert(fc.property(arbitraryDataset, arbitraryDataset, moment, moment, (a, b, x, y) => {
      const range: [number, number] = [Math.min(x, y), Math.max(x, y)];
      const shown = rangeIncidentsFollower();
      const indexA = indexDataset(a);
      const indexB = indexDataset(b);
      shown(indexA, TYPES, range, keepAll);
      // Another dataset's index with the same range: its own incidents, not those of the first.
      expect(shown(indexB, TYPES, range, keepAll)).toEqual(incidentsOverlapping(indexB.incidents, ...range));
      // Fewer layers (a new array, as the store makes one): the filter is applied to all of them again.
      const fewer = ['clash'];
      expect(shown(indexB, fewer, range, keepOf(fewer))).toEqual(incidentsOverlapping(indexB.incidents, ...range).filter(keepOf(fewer)));
      // The start moved an hour earlier: what began in that hour is there.
      const earlier: [number, number] = [range[0] - HOUR, range[1]];
      expect(shown(indexB, fewer, earlier, keepOf(fewer))).toEqual(incidentsOverlapping(indexB.incidents, ...earlier).filter(keepOf(fewer)));
    }), { numRuns: runs(100) });
  });
});
