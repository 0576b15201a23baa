// Sorting by a time read once per record gives the order the comparator on records gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortedByTime } from '../../src/core/sorted-by-time';
import { runs } from '../helpers/properties';

interface Row {
  id: string;
  at: string;
}

const row: fc.Arbitrary<Row> = fc.record({
  id: fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,6}$/),
  // Few distinct times, so that ties (and the id's say) are common.
  at: fc.integer({ min: 0, max: 5 }).map((h) => `2020-01-01T0${h}:00Z`),
});

describe('sortedByTime', () => {
  it('orders as the comparator on records does, ties by the tie-break, and leaves its input alone', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
      const before = [...rows];
      const sorted = sortedByTime(rows, { time: (r) => Date.parse(r.at), tie: (a, b) => a.id.localeCompare(b.id) });
      expect(sorted).toEqual([...rows].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id)));
      expect(rows).toEqual(before);
    }), { numRuns: runs(300) });
  });

  it('keeps the list order of records with the same time when no tie-break is given', () => {
    const rows = [{ id: 'b', at: '2020-01-01T01:00Z' }, { id: 'c', at: '2020-01-01T00:00Z' }, { id: 'a', at: '2020-01-01T01:00Z' }];
    expect(sortedByTime(rows, { time: (r) => Date.parse(r.at) }).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
});
