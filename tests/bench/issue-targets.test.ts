import { describe, expect, it } from 'vitest';
import type { BrowserResult } from '../../bench/browser';
import { SIZES } from '../../bench/generate';
import { CHUNKED_AT, issueTargets } from '../../bench/issue-targets';
import type { MachineLoad } from '../../bench/machine-load';
import { perRunSpread, summarizeRepeats } from '../../bench/repeats';
import type { SoakResult } from '../../bench/soak';
import type { Summary } from '../../bench/stats';
import type { Verdict } from '../../bench/targets';

// Invented figures, made up for the test: none is a measurement.
const load: MachineLoad = { at: '2000-01-01T00:00:00Z', avg1: 1, avg5: 1, avg15: 1, cpus: 2 };
const run = (p95: number, max: number): Summary => ({ runs: 200, min: 1, mean: p95 / 2, std: 1, p50: p95 / 2, p95, max });
const repeated = (p95s: number[], max: number) => summarizeRepeats(p95s.map((p) => run(p, max)));

function browserAt(size: number, { step, firstDraw }: { step: number[]; firstDraw: number[] }): BrowserResult {
  const s = repeated(step, 30);
  return {
    size: SIZES[size]!.name, repeats: step.length, load: { before: load, after: load },
    firstDrawMs: perRunSpread(firstDraw), heapAfterLoadMB: perRunSpread(step.map(() => 50)),
    step: s, embeddedStep: repeated(step, 20), baselineStep: repeated(step.map((x) => x * 9), 90),
    gain: perRunSpread(step.map(() => 9)), embeddedGain: perRunSpread(step.map(() => 12)),
    rangeEndStep: repeated(step, 40), embeddedRangeEndStep: repeated(step, 33),
    panelAfterScrubMs: perRunSpread(step.map(() => 60)), panelAfterStepMs: perRunSpread(step.map(() => 20)),
    rangeLink: '2024-02-14/2024-02-15', steps: 200, rangeSteps: 100,
  };
}
const soakAt = (size: number, steps: number, growthMB: number): SoakResult => ({
  size: SIZES[size]!.name, steps, warmupSteps: 50, startMB: 10, endMB: 10 + growthMB, growthMB,
  samples: [], seconds: 1, load: { before: load, after: load },
});
const find = (verdicts: Verdict[], label: string, at: string) => {
  const v = verdicts.find((x) => x.target.label === label && x.target.at === at);
  if (!v) throw new Error(`no target ${label} at ${at}`);
  return v;
};

describe('the issue\'s targets, judged on a run\'s results', () => {
  const verdicts = issueTargets({
    core: [], pictures: null, firstMap: null,
    browser: [browserAt(1, { step: [12, 14, 40], firstDraw: [480, 700, 490] }), browserAt(2, { step: [15, 18, 19], firstDraw: [1400, 1450, 1600] })],
    soak: [soakAt(0, 1_000, 0.2), soakAt(2, 10_000, 3.5)],
  });

  it('judges each size\'s step, range end and first draw on the median of its runs', () => {
    expect(find(verdicts, 'time step, whole app, p95', '10k')).toMatchObject({ met: true, by: 2 });
    expect(find(verdicts, 'time step, whole app, p95', '100k')).toMatchObject({ met: false, by: 2 });
    expect(find(verdicts, 'first drawn map', '10k')).toMatchObject({ met: true, by: 10 });
    expect(find(verdicts, 'first drawn map', '100k')).toMatchObject({ met: true, by: 50 });
  });

  it('holds the max of a step to 33 ms as well as its p95 to 16 ms', () => {
    expect(find(verdicts, "range's end, whole app, max", '10k')).toMatchObject({ met: false, by: 7 });
    expect(find(verdicts, "range's end, embedded, max", '10k').met).toBe(true);
    expect(find(verdicts, 'time step, embedded, max', '100k').met).toBe(true);
  });

  it('judges the gain over the baseline at 100k, whole app and embedded', () => {
    expect(find(verdicts, 'gain over the baseline at p95, whole app', '100k')).toMatchObject({ met: false, by: 1 });
    expect(find(verdicts, 'gain over the baseline at p95, embedded', '100k')).toMatchObject({ met: true, by: 2 });
  });

  it('leaves a size that was not measured, and a soak shorter than 10,000 steps, "not measured"', () => {
    expect(find(verdicts, 'time step, whole app, p95', '1k').met).toBeNull();
    expect(find(verdicts, 'first map, desktop', 'built-in').met).toBeNull();
    expect(find(verdicts, 'heap growth over a 10,000-step soak', '1k').met).toBeNull();
    expect(find(verdicts, 'heap growth over a 10,000-step soak', '100k')).toMatchObject({ met: false });
  });

  it('judges the chunked million on its first map, step and heap (issue 15, §4)', () => {
    const spread = (values: number[]) => perRunSpread(values);
    const withChunked = issueTargets({
      core: [], pictures: null, firstMap: null, browser: [], soak: [],
      chunked: {
        size: 'invented', repeats: 3, load: { before: load, after: load }, generateSeconds: 0, link: 't=2000-01-01',
        firstDrawMs: spread([1200, 1400, 2000]), chunksBeforeFirstMap: spread([1, 1, 1]),
        heapAfterLoadMB: spread([80, 90, 100]), chunksAfterLoad: spread([5, 5, 5]),
        step: repeated([10, 12, 20], 40), steps: 200,
        heapAfterDayStepsMB: spread([290, 310, 320]), chunksAfterDaySteps: spread([8, 8, 9]), daySteps: 21,
      },
    });
    expect(find(withChunked, 'first drawn map', CHUNKED_AT)).toMatchObject({ met: true, by: 100 });
    expect(find(withChunked, 'time step, whole app, p95', CHUNKED_AT)).toMatchObject({ met: true, by: 4 });
    expect(find(withChunked, 'time step, whole app, max', CHUNKED_AT)).toMatchObject({ met: false, by: 7 });
    expect(find(withChunked, 'JS heap after load', CHUNKED_AT)).toMatchObject({ met: true, by: 210 });
    expect(find(withChunked, 'JS heap after stepping across chunks', CHUNKED_AT)).toMatchObject({ met: false, by: 10 });
    expect(find(verdicts, 'first drawn map', CHUNKED_AT).met).toBeNull();
  });

  it('has the step targets at every size, whole app and embedded, p95 and max', () => {
    // The chunked million has its own (whole app only), judged above.
    const stepTargets = verdicts.filter((v) => /^(time step|range's end), (whole app|embedded), (p95|max)$/.test(v.target.label) && v.target.at !== CHUNKED_AT);
    expect(stepTargets).toHaveLength(3 * 2 * 2 * 2);
    expect(new Set(stepTargets.map((v) => v.target.at))).toEqual(new Set(['1k', '10k', '100k']));
  });
});
