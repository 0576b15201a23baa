import { describe, expect, it } from 'vitest';
import { median, perRunSpread, ratioPerRun, spreadOf, summarizeRepeats } from '../../bench/repeats';
import { summarize, type Summary } from '../../bench/stats';

/** An invented run: only the figures the repeats read are set apart. */
const run = ({ p50, p95, max }: { p50: number; p95: number; max: number }): Summary => ({ runs: 100, min: 1, mean: p50, std: 1, p50, p95, max });

describe('median and spread of repeated runs', () => {
  it('takes the middle value of an odd count and the mean of the two middles of an even count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('gives the median with the least and greatest value and how many runs', () => {
    expect(spreadOf([12, 48, 14, 13, 15])).toEqual({ median: 14, min: 12, max: 48, runs: 5 });
    expect(perRunSpread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: 3, perRun: [3, 1, 2] });
  });

  it('summarises p50, p95 and max each over the runs, so one busy run moves the spread and not the median', () => {
    const runs = [run({ p50: 8, p95: 13, max: 30 }), run({ p50: 9, p95: 14, max: 25 }), run({ p50: 30, p95: 90, max: 160 })];
    const s = summarizeRepeats(runs);
    expect(s.p95).toEqual({ median: 14, min: 13, max: 90, runs: 3 });
    expect(s.p50).toEqual({ median: 9, min: 8, max: 30, runs: 3 });
    expect(s.max).toEqual({ median: 30, min: 25, max: 160, runs: 3 });
    expect(s.runs).toEqual(runs);
  });

  it('works from real summaries of samples', () => {
    const a = summarize(Array.from({ length: 100 }, (_, i) => i + 1));
    const b = summarize(Array.from({ length: 100 }, (_, i) => 2 * (i + 1)));
    expect(summarizeRepeats([a, b]).p95).toEqual({ median: (96 + 192) / 2, min: 96, max: 192, runs: 2 });
  });
});

describe('the gain over the baseline, run by run', () => {
  it('divides each run of the baseline by the run of ours measured beside it, then takes the median', () => {
    // Run 2 met a busy machine on both sides; run 3 is our slow run.
    const baseline = [run({ p50: 50, p95: 100, max: 200 }), run({ p50: 60, p95: 300, max: 400 }), run({ p50: 55, p95: 200, max: 250 })];
    const ours = [run({ p50: 5, p95: 10, max: 20 }), run({ p50: 9, p95: 30, max: 40 }), run({ p50: 5, p95: 25, max: 30 })];
    const gain = ratioPerRun({ baseline, ours });
    expect(gain.perRun).toEqual([10, 10, 8]);
    expect(gain).toMatchObject({ median: 10, min: 8, max: 10, runs: 3 });
    // Not the ratio of the medians (200 / 25 = 8), which pairs measurements made minutes apart.
    expect(gain.median).not.toBe(median(baseline.map((r) => r.p95)) / median(ours.map((r) => r.p95)));
  });

  it('reads a p95 of 0 ms as the clock\'s grain rather than an infinite gain', () => {
    expect(ratioPerRun({ baseline: [run({ p50: 1, p95: 5, max: 9 })], ours: [run({ p50: 0, p95: 0, max: 0 })] }).median).toBe(50);
  });

  it('refuses runs that do not pair up', () => {
    expect(() => ratioPerRun({ baseline: [run({ p50: 1, p95: 2, max: 3 })], ours: [] })).toThrow(/1 baseline runs against 0/);
  });
});
