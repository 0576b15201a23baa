// A measurement repeated R times on a noisy machine: each run keeps its own summary, and the report
// gives the median of the runs with the min–max spread, so that one busy run neither hides nor makes a result.
import type { Summary } from './stats';

/** The median of some values with their range. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  /** How many values (runs) it is taken over. */
  runs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  // An even count has two middles: their mean, so that two runs give the midpoint rather than the better one.
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function spreadOf(values: readonly number[]): Spread {
  return { median: median(values), min: values.length ? Math.min(...values) : NaN, max: values.length ? Math.max(...values) : NaN, runs: values.length };
}

/** A figure taken once per run (a first drawn map, a gain): every run's value, and their median and range. */
export interface PerRun extends Spread {
  perRun: number[];
}

export function perRunSpread(values: readonly number[]): PerRun {
  return { ...spreadOf(values), perRun: [...values] };
}

/** Per measurement: every run's own summary, and the median with spread of the runs' p50, p95 and max. */
export interface RepeatedSummary {
  runs: Summary[];
  p50: Spread;
  p95: Spread;
  max: Spread;
}

export function summarizeRepeats(runs: readonly Summary[]): RepeatedSummary {
  return {
    runs: [...runs],
    p50: spreadOf(runs.map((r) => r.p50)),
    p95: spreadOf(runs.map((r) => r.p95)),
    max: spreadOf(runs.map((r) => r.max)),
  };
}

/**
 * How many times faster than the baseline, at p95, run by run: run i of ours against run i of the
 * baseline, measured next to each other, so that a busy minute slows both sides of one ratio.
 */
export function ratioPerRun({ baseline, ours }: { baseline: readonly Summary[]; ours: readonly Summary[] }): PerRun {
  if (baseline.length !== ours.length) throw new Error(`ratio per run: ${baseline.length} baseline runs against ${ours.length} of ours`);
  // A p95 of 0 ms (a clock coarser than the work) is read as the clock's grain, not as an infinite gain.
  return perRunSpread(baseline.map((b, i) => b.p95 / Math.max((ours[i] as Summary).p95, 0.1)));
}
