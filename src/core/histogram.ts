// Counts of incident starts per bin over an extent, for the timeline's density histogram.
import { lastAtOrBefore } from './control';

/** Counts of `sortedTimes` in consecutive bins of `binMs` from `start` to `end`. */
export function binCounts(sortedTimes: ArrayLike<number>, start: number, end: number, binMs: number): Uint32Array {
  const bins = new Uint32Array(Math.max(1, Math.ceil((end - start) / binMs)));
  let prev = lastAtOrBefore(sortedTimes, start - 1);
  for (let b = 0; b < bins.length; b++) {
    const upto = lastAtOrBefore(sortedTimes, Math.min(end, start + (b + 1) * binMs) - (b === bins.length - 1 ? 0 : 1));
    bins[b] = upto - prev;
    prev = upto;
  }
  return bins;
}
