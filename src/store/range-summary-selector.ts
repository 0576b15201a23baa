// What changed over the range shown, for the What changed panel (loaded with it): worked out once per
// step, and when one end moved, from the summary before (core/range-summary-step.ts). Apart from
// range-selectors.ts (the map's), so that the map's range marks load none of it.
import type { DatasetIndex } from '../core/dataset-index';
import type { RangeSummary } from '../core/range-summary';
import { summarizeRangeAfter } from '../core/range-summary-step';
import { selectAreaChanges } from './range-area-changes';
import { memoSelector, selectRange } from './selectors';

/** The summary last worked out, and the index it was worked out on: the next one starts from it. */
let last: { index: DatasetIndex; summary: RangeSummary } | null = null;

/** The range's summary (null when no range is shown). */
export const selectRangeSummary = memoSelector(
  (s) => [s.dataset, s.index, selectRange(s), selectAreaChanges(s)] as const,
  (dataset, index, range, areas): RangeSummary | null => {
    if (!dataset || !index || !range) return null;
    const previous = last?.index === index ? last.summary : null;
    const summary = summarizeRangeAfter({ previous, dataset, index, range: { start: range[0], end: range[1] }, areas });
    last = { index, summary };
    return summary;
  },
);
