// The built app in Chromium with a synthetic dataset loaded through ?data= (the normal import path):
// time to the first drawn map, time steps (input → map and panels updated), moving one end of a
// range shown, memory; and the same scrub with the rebuild-every-step baseline. Each measurement is
// repeated, interleaved with the others (see benchBrowser), each run in a fresh page.
import { firstDrawn } from './first-draw';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generate, type SyntheticSize } from './generate';
import { machineLoad, type MachineLoad } from './machine-load';
import { perRunSpread, ratioPerRun, summarizeRepeats, type PerRun, type RepeatedSummary } from './repeats';
import { summarize, type Summary } from './stats';

export interface BrowserResult {
  size: string;
  /** How many times each measurement ran; every figure below is over these runs. */
  repeats: number;
  /** The machine's load average before and after this size's measurements. */
  load: { before: MachineLoad; after: MachineLoad };
  /** The whole app's first drawn map, ms after navigation, one per run. */
  firstDrawMs: PerRun;
  heapAfterLoadMB: PerRun;
  step: RepeatedSummary;
  /** The embedded layout (map and timeline, its list folded): the same parts as the baseline's page. */
  embeddedStep: RepeatedSummary;
  baselineStep: RepeatedSummary;
  /** The baseline's p95 over ours, run by run (each run's baseline was measured beside it). */
  gain: PerRun;
  embeddedGain: PerRun;
  /** A range shown (What changed open), its end moved an hour later per step, as Shift+ArrowRight on the timeline does. */
  rangeEndStep: RepeatedSummary;
  embeddedRangeEndStep: RepeatedSummary;
  /**
   * What changed takes in steps in the page's idle time, after the map: ms from the end of the range's
   * scrub until it shows the range's last end, and from a single move of the end (after a pause) until it shows it; one per run.
   */
  panelAfterScrubMs: PerRun;
  panelAfterStepMs: PerRun;
  /** The range the end-move starts from, as the link gives it. */
  rangeLink: string;
  steps: number;
  rangeSteps: number;
}

export interface BrowserOptions {
  /** Runs of each measurement. */
  repeats: number;
  /** Hourly steps per run of a time step (the range's end moves at most 100). */
  steps: number;
  /** Told which run is starting, for a long run's progress line. */
  progress?: (run: number) => void;
}

const STEP_MS = 3_600_000;
/** One hour later, by the slider's own keyboard handling. */
export const KEY_STEP = `document.querySelector('[role=slider]').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));`;
/** The range's end one hour later, by the timeline's own keyboard handling (Shift+ArrowRight on its track). */
export const RANGE_END_STEP = `document.querySelector('.timeline-track').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true }));`;
/** Two days in the middle of the synthetic data (90 days from 1 January), as a reader's link gives them. */
export const RANGE_LINK = '2024-02-14/2024-02-15';

/** Writes the synthetic dataset where the preview server serves it; returns its path under dist. */
export function publish(size: SyntheticSize): string {
  const { manifest, files } = generate(size);
  const dir = join('dist', 'bench-data', manifest.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify(manifest));
  for (const [name, json] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(json));
  return `bench-data/${manifest.id}/`;
}

// Runs in the page: one step's main-thread work, from the input to the frame that shows it, as
// [until the page is idle again, the frame's share after that]. A frame's time is counted from its
// start (the rAF timestamp) or from the end of the step's own tasks, whichever is later: when the
// vsync falls while the step's tasks still run, the frame's timestamp is earlier than their end, and
// counting from it would count those milliseconds twice (a third of the steps at 100k did).
export const MEASURE_STEP = `async (doStep) => {
  const t0 = performance.now();
  doStep();
  await new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = () => r(); ch.port2.postMessage(0); });
  void document.documentElement.offsetHeight;
  const t1 = performance.now();
  const frame = await new Promise((r) => requestAnimationFrame((ts) => { void document.documentElement.offsetHeight; r(performance.now() - Math.max(ts, t1)); }));
  return [t1 - t0, frame];
}`;

/** `steps` steps done by `doStep` (page code), each timed from the input to the frame that shows it. */
export async function scrub(page: Page, steps: number, doStep: string): Promise<number[]> {
  return page.evaluate(`(async () => {
    const measure = ${MEASURE_STEP};
    const out = [];
    for (let i = 0; i < ${steps}; i++) { const [sync, frame] = await measure(() => { ${doStep} }); out.push(sync + frame); }
    return out;
  })()`) as Promise<number[]>;
}

/** Opens the app at `url` in a fresh context, once its first map is drawn (and says when that was). */
async function openApp(browser: Browser, url: string): Promise<{ page: Page; errors: string[]; firstDrawMs: number; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  const firstDrawMs = await firstDrawn(page);
  return { page, errors, firstDrawMs, close: () => context.close() };
}

/** A scrub of hourly time steps; in the whole app also its first drawn map and the heap after load. */
async function timeStepScrub(browser: Browser, url: string, steps: number): Promise<{ samples: number[]; firstDrawMs: number; heapMB: number }> {
  const { page, errors, firstDrawMs, close } = await openApp(browser, url);
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapMB = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1048576;
    const samples = await scrub(page, steps, KEY_STEP);
    if (errors.length > 0) throw new Error(`the app failed during the benchmark: ${errors.join('; ')}`);
    return { samples, firstDrawMs, heapMB };
  } finally {
    await close();
  }
}

/** The baseline page's scrub: a new L.geoJSON of everything in force on every hourly step. */
async function baselineScrub(browser: Browser, url: string, steps: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const base = await context.newPage();
    await base.goto(url);
    await base.waitForFunction(() => document.title === 'ready', null, { timeout: 60_000 });
    await base.evaluate(`window.baselineDraw(Date.parse('2024-01-31T00:00:00Z'))`);
    return await scrub(base, steps, `window.baselineDraw(window.baselineTime + ${STEP_MS});`);
  } finally {
    await context.close();
  }
}

/**
 * Ms until What changed shows the range's end that the timeline shows (its summary ends "to <the
 * track's end>"), from `start` (a page timestamp; now when absent), after `before` (page code) has run.
 */
const PANEL_CAUGHT_UP = `(before, start) => new Promise((resolve, reject) => {
  const trackEnd = () => document.querySelector('.timeline-track')?.getAttribute('aria-valuetext')?.split(' – ')[1];
  // After a move, the timeline has to show the new end first (it renders in a microtask), then the panel.
  const was = before ? trackEnd() : undefined;
  const t0 = start ?? performance.now();
  before?.();
  const shown = () => {
    const end = trackEnd();
    return end !== undefined && end !== was && document.querySelector('#panel-changes .panel-summary')?.textContent?.includes('to ' + end + ' ');
  };
  const check = () => {
    if (shown()) resolve(performance.now() - t0);
    else if (performance.now() - t0 > 10000) reject(new Error("What changed did not show the range's end within 10 s"));
    else requestAnimationFrame(check);
  };
  check();
})`;

/**
 * The range's end moved step by step: the page opens on the range, waits until the parts a range
 * loads on demand are there (its end handles; in the whole app What changed, open), then steps;
 * in the whole app, then times how soon What changed shows the end (PANEL_CAUGHT_UP).
 */
async function rangeEndScrub(browser: Browser, url: string, { steps, panel }: { steps: number; panel: boolean }): Promise<{ samples: number[]; panelAfterScrubMs?: number; panelAfterStepMs?: number }> {
  const { page, errors, close } = await openApp(browser, url);
  await page.waitForFunction((panel) => document.querySelectorAll('.range-handle').length === 2
    && (!panel || document.querySelector('#panel-changes[open] .changes') !== null), panel, { timeout: 60_000 });
  // The track's value is the range's end, in minutes from the data's start: it must have moved an hour a step.
  const endNow = () => page.evaluate(() => Number(document.querySelector('.timeline-track')?.getAttribute('aria-valuenow')));
  const before = await endNow();
  const samples = await scrub(page, steps, RANGE_END_STEP);
  const scrubEnd = await page.evaluate(() => performance.now());
  let moves = steps;
  const caught: { panelAfterScrubMs?: number; panelAfterStepMs?: number } = {};
  if (panel) {
    // Timed from the scrub's last frame (this page's clock), then from a single move after a pause.
    caught.panelAfterScrubMs = await page.evaluate(`(${PANEL_CAUGHT_UP})(null, ${scrubEnd})`) as number;
    await page.waitForFunction(() => document.querySelector('.follows-when-idle')?.getAttribute('aria-busy') === 'false');
    caught.panelAfterStepMs = await page.evaluate(`(${PANEL_CAUGHT_UP})(() => { ${RANGE_END_STEP} })`) as number;
    moves++;
  }
  const moved = (await endNow()) - before;
  const stillRange = await page.evaluate(() => document.querySelectorAll('.range-handle').length === 2);
  await close();
  if (errors.length > 0) throw new Error(`the app failed during the range benchmark: ${errors.join('; ')}`);
  if (moved !== moves * 60 || !stillRange) throw new Error(`the range's end moved ${moved} minutes in ${moves} steps (range still shown: ${stillRange})`);
  return { samples, ...caught };
}

/**
 * Every measurement `repeats` times, interleaved: in each round the whole app, the baseline, the
 * embedded layout, then the range's end in both, the whole app and the embedded layout taking turns
 * at going first; so a busy minute on the machine falls on ours and the baseline's alike, and the
 * gain is taken run by run from measurements made side by side.
 */
export async function benchBrowser(browser: Browser, size: SyntheticSize, urls: { app: string; baseline: string }, { repeats, steps, progress }: BrowserOptions): Promise<BrowserResult> {
  const before = machineLoad();
  const data = publish(size);
  // A moment a month into the data, as a reader's link would give it.
  const whole = `${urls.app}?data=${data}dataset.json&t=2024-01-31T00:00`;
  const embedded = `${urls.app}?embed=1&data=${data}dataset.json&t=2024-01-31T00:00`;
  const baseline = `${urls.baseline}/index.html?data=${encodeURIComponent(urls.app + data)}`;
  const rangeSteps = Math.min(steps, 100);
  const runs = { step: [] as Summary[], embeddedStep: [] as Summary[], baselineStep: [] as Summary[], rangeEndStep: [] as Summary[], embeddedRangeEndStep: [] as Summary[] };
  const firstDraws: number[] = [];
  const heaps: number[] = [];

  const measureWhole = async () => {
    const r = await timeStepScrub(browser, whole, steps);
    runs.step.push(summarize(r.samples));
    firstDraws.push(r.firstDrawMs);
    heaps.push(r.heapMB);
  };
  const measureEmbedded = async () => { runs.embeddedStep.push(summarize((await timeStepScrub(browser, embedded, steps)).samples)); };
  const panelAfterScrub: number[] = [];
  const panelAfterStep: number[] = [];
  const rangeWhole = async () => {
    const r = await rangeEndScrub(browser, `${urls.app}?data=${data}dataset.json&t=${RANGE_LINK}`, { steps: rangeSteps, panel: true });
    runs.rangeEndStep.push(summarize(r.samples));
    panelAfterScrub.push(r.panelAfterScrubMs as number);
    panelAfterStep.push(r.panelAfterStepMs as number);
  };
  const rangeEmbedded = async () => {
    runs.embeddedRangeEndStep.push(summarize((await rangeEndScrub(browser, `${urls.app}?embed=1&data=${data}dataset.json&t=${RANGE_LINK}`, { steps: rangeSteps, panel: false })).samples));
  };

  for (let run = 0; run < repeats; run++) {
    progress?.(run);
    const wholeFirst = run % 2 === 0;
    await (wholeFirst ? measureWhole : measureEmbedded)();
    runs.baselineStep.push(summarize(await baselineScrub(browser, baseline, steps)));
    await (wholeFirst ? measureEmbedded : measureWhole)();
    await (wholeFirst ? rangeWhole : rangeEmbedded)();
    await (wholeFirst ? rangeEmbedded : rangeWhole)();
  }

  return {
    size: size.name, repeats, load: { before, after: machineLoad() },
    firstDrawMs: perRunSpread(firstDraws), heapAfterLoadMB: perRunSpread(heaps),
    step: summarizeRepeats(runs.step), embeddedStep: summarizeRepeats(runs.embeddedStep), baselineStep: summarizeRepeats(runs.baselineStep),
    gain: ratioPerRun({ baseline: runs.baselineStep, ours: runs.step }), embeddedGain: ratioPerRun({ baseline: runs.baselineStep, ours: runs.embeddedStep }),
    rangeEndStep: summarizeRepeats(runs.rangeEndStep), embeddedRangeEndStep: summarizeRepeats(runs.embeddedRangeEndStep),
    panelAfterScrubMs: perRunSpread(panelAfterScrub), panelAfterStepMs: perRunSpread(panelAfterStep),
    rangeLink: RANGE_LINK, steps, rangeSteps,
  };
}
