// The summary of a range after one end moved, worked out from the summary before it, is the summary
// worked out from scratch: over generated datasets, and over a walk of the benchmark's range end.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexDataset } from '../../src/core/dataset-index';
import { loadDataset } from '../../src/core/dataset';
import { summarizeRange, type RangeSummary } from '../../src/core/range-summary';
import { summarizeRangeAfter } from '../../src/core/range-summary-step';
import { HOUR } from '../../src/core/time';
import type { Dataset } from '../../src/core/types';
import { generate, SIZES } from '../../bench/generate';
import { arbitraryDataset } from '../helpers/arbitrary-dataset';
import { runs } from '../helpers/properties';

const HOUR0 = Date.parse('2020-01-01T00:00:00+03:00');
/** On the generated datasets' hour grid, a millisecond either side, and past both ends of the extent. */
const moment = fc.tuple(fc.integer({ min: -2, max: 98 }), fc.constantFrom(0, 0, 1, -1)).map(([h, ms]) => HOUR0 + h * HOUR + ms);

/** Claims by three invented claimants, so that claimants come and go as the range's end moves. */
function withClaimants(dataset: Dataset): Dataset {
  const incidents = dataset.incidents.map((inc, k) => ({
    ...inc, casualties: inc.casualties.map((c) => ({ ...c, claimant: `Claimant ${'ABC'[k % 3]}` })),
  }));
  return { ...dataset, incidents };
}

/** Walks the end through `ends` from `start`, each summary from the one before; checks each against one from scratch. */
function walk(dataset: Dataset, start: number, ends: readonly number[]): void {
  const index = indexDataset(dataset);
  let previous: RangeSummary | null = null;
  for (const end of ends) {
    const range = { start, end: Math.max(start, end) };
    const stepped = summarizeRangeAfter({ previous, dataset, index, range });
    expect(stepped).toEqual(summarizeRange(dataset, index, range));
    previous = stepped;
  }
}

describe('a range summary after its end moved', () => {
  it('is the summary from scratch, for any walk of the end (generated datasets)', () => {
    fc.assert(fc.property(arbitraryDataset.map(withClaimants), moment, fc.array(moment, { minLength: 1, maxLength: 12 }), (dataset, start, ends) => {
      walk(dataset, start, ends);
    }), { numRuns: runs(200) });
  });

  it('is the summary from scratch when the start moves too (worked out anew)', () => {
    fc.assert(fc.property(arbitraryDataset.map(withClaimants), fc.array(fc.tuple(moment, moment), { minLength: 2, maxLength: 8 }), (dataset, pairs) => {
      const index = indexDataset(dataset);
      let previous: RangeSummary | null = null;
      for (const [a, b] of pairs) {
        const range = { start: Math.min(a, b), end: Math.max(a, b) };
        previous = summarizeRangeAfter({ previous, dataset, index, range });
        expect(previous).toEqual(summarizeRange(dataset, index, range));
      }
    }), { numRuns: runs(100) });
  });

  it('keeps the groups an end move leaves alone, and the incidents when none came or went', () => {
    fc.assert(fc.property(arbitraryDataset, moment, fc.integer({ min: 0, max: 6 }), (dataset, start, hours) => {
      const index = indexDataset(dataset);
      const before = summarizeRange(dataset, index, { start, end: start + hours * HOUR });
      const after = summarizeRangeAfter({ previous: before, dataset, index, range: { start, end: start + (hours + 1) * HOUR } });
      if (after.incidents.length === before.incidents.length) expect(after.incidents).toBe(before.incidents);
      for (const g of after.byType) {
        const old = before.byType.find((x) => x.type === g.type);
        if (old && old.incidents.length === g.incidents.length) expect(g.incidents).toBe(old.incidents);
      }
    }), { numRuns: runs(100) });
  });

  it('follows the benchmark\'s walk: a range of two days, its end an hour later 100 times, then back', async () => {
    const { manifest, files } = generate(SIZES[0] as (typeof SIZES)[number]);
    const texts: Record<string, string> = { 'dataset.json': JSON.stringify(manifest) };
    for (const [name, json] of Object.entries(files)) texts[name] = JSON.stringify(json);
    const { dataset } = await loadDataset('dataset.json', async (p) => texts[p] as string);
    if (!dataset) throw new Error('the synthetic dataset did not load');
    const start = Date.parse('2024-02-14T00:00:00Z');
    const out = Array.from({ length: 100 }, (_, i) => start + 2 * 24 * HOUR + i * HOUR);
    walk(dataset, start, [...out, ...[...out].reverse()]);
  });
});
