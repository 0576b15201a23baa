// The targets the benchmark reports on (issue 15, §1–§4; the first load's and the pictures' from
// earlier issues), each judged on the median of its runs. A size a run did not measure is "not measured".
import type { BrowserResult } from './browser';
import type { ChunkedResult } from './chunked';
import type { CoreResult } from './core';
import type { CsvImportResult } from './csv-import';
import type { FirstMapResult } from './first-map';
import { SIZES } from './generate';
import type { PictureResult } from './pictures';
import { spreadOf, type RepeatedSummary, type Spread } from './repeats';
import type { SoakResult } from './soak';
import type { Summary } from './stats';
import { judge, type Target, type Verdict } from './targets';

export interface TargetInputs {
  core: readonly CoreResult[];
  pictures: PictureResult | null;
  firstMap: FirstMapResult | null;
  browser: readonly BrowserResult[];
  soak: readonly SoakResult[];
  /** A million incidents in 52 weekly chunks (§4); absent or null when not measured. */
  chunked?: ChunkedResult | null;
  /** ACLED-shaped CSV imports in Chromium (issue 16 §3); absent or empty when not run. */
  csv?: readonly CsvImportResult[];
}

/** Where the chunked targets are set, as the table names it. */
export const CHUNKED_AT = '1M in 52 chunks';

/** The soak's length the heap target is set for; a shorter soak (a quick run's) is reported, not judged. */
export const SOAK_STEPS = 10_000;

const SHORT = ['1k', '10k', '100k'] as const;
const named = <T extends { size: string }>(list: readonly T[], size: number) => list.find((r) => r.size === SIZES[size]?.name) ?? null;
/** A summary over one run's samples, as a spread: its median, and the fastest and slowest sample. */
const samplesSpread = (s: Summary): Spread => ({ median: s.p50, min: s.min, max: s.max, runs: s.runs });

export function issueTargets({ core, pictures, firstMap, browser, soak, chunked = null, csv = [] }: TargetInputs): Verdict[] {
  const out: Verdict[] = [];
  const add = (target: Target, measured: Spread | null | undefined) => out.push(judge(target, measured ?? null));

  add({ label: 'first map, desktop', at: 'built-in', bound: 'at most', limit: 400, unit: 'ms' }, firstMap && samplesSpread(firstMap.desktop));
  add({ label: 'first map, embedded phone (CPU 4×)', at: 'built-in', bound: 'at most', limit: 1000, unit: 'ms' }, firstMap && samplesSpread(firstMap.phone));
  add({ label: 'first drawn map', at: '10k', bound: 'at most', limit: 500, unit: 'ms' }, named(browser, 1)?.firstDrawMs);
  add({ label: 'first drawn map', at: '100k', bound: 'at most', limit: 1500, unit: 'ms' }, named(browser, 2)?.firstDrawMs);

  const steps: [string, (r: BrowserResult) => RepeatedSummary][] = [
    ['time step, whole app', (r) => r.step],
    ['time step, embedded', (r) => r.embeddedStep],
    ["range's end, whole app", (r) => r.rangeEndStep],
    ["range's end, embedded", (r) => r.embeddedRangeEndStep],
  ];
  SHORT.forEach((at, size) => {
    const r = named(browser, size);
    for (const [label, pick] of steps) {
      add({ label: `${label}, p95`, at, bound: 'at most', limit: 16, unit: 'ms' }, r && pick(r).p95);
      add({ label: `${label}, max`, at, bound: 'at most', limit: 33, unit: 'ms' }, r && pick(r).max);
    }
  });
  const large = named(browser, 2);
  add({ label: 'gain over the baseline at p95, whole app', at: '100k', bound: 'at least', limit: 10, unit: '×' }, large?.gain);
  add({ label: 'gain over the baseline at p95, embedded', at: '100k', bound: 'at least', limit: 10, unit: '×' }, large?.embeddedGain);

  for (const size of [0, 2]) {
    const s = named(soak, size);
    add({ label: `heap growth over a ${SOAK_STEPS.toLocaleString('en')}-step soak`, at: SHORT[size] as string, bound: 'below', limit: 1, unit: 'MB' },
      s && s.steps >= SOAK_STEPS ? spreadOf([s.growthMB]) : null);
  }

  add({ label: 'first drawn map', at: CHUNKED_AT, bound: 'at most', limit: 1500, unit: 'ms' }, chunked?.firstDrawMs);
  add({ label: 'time step, whole app, p95', at: CHUNKED_AT, bound: 'at most', limit: 16, unit: 'ms' }, chunked?.step.p95);
  add({ label: 'time step, whole app, max', at: CHUNKED_AT, bound: 'at most', limit: 33, unit: 'ms' }, chunked?.step.max);
  add({ label: 'JS heap after load', at: CHUNKED_AT, bound: 'at most', limit: 300, unit: 'MB' }, chunked?.heapAfterLoadMB);
  add({ label: 'JS heap after stepping across chunks', at: CHUNKED_AT, bound: 'at most', limit: 300, unit: 'MB' }, chunked?.heapAfterDayStepsMB);

  const largeCore = named(core, 2);
  add({ label: 'load + validate (Node)', at: '100k', bound: 'at most', limit: 1500, unit: 'ms' }, largeCore && samplesSpread(largeCore.loadValidate));
  const largePictures = pictures && pictures.size === SIZES[2]?.name ? pictures : null;
  add({ label: 'a two-day range picture, SVG + PNG (Node)', at: '100k', bound: 'at most', limit: 1000, unit: 'ms' }, largePictures && samplesSpread(largePictures.rangePicture));
  add({ label: '96-frame hourly GIF (Node)', at: '100k', bound: 'at most', limit: 60, unit: 's' },
    largePictures && largePictures.animationFrames === 96 ? spreadOf([largePictures.animationMs / 1000]) : null);
  // Issue 16 §3: 100k rows of an ACLED export loaded in the browser within 3 s, then steps within a frame.
  for (const via of ['data', 'file'] as const) {
    const r = csv.find((x) => x.rows === 100_000 && x.via === via);
    const how = via === 'data' ? '?data=' : 'file input';
    add({ label: `CSV import to drawn map, ${how}`, at: '100k', bound: 'at most', limit: 3000, unit: 'ms' }, r?.loadMs);
    add({ label: `time step after a CSV import (${how}), p95`, at: '100k', bound: 'at most', limit: 16, unit: 'ms' }, r?.step.p95);
  }
  return out;
}
