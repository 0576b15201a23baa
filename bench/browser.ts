// The built app in Chromium with a synthetic dataset loaded through ?data= (the normal import path):
// time to the first drawn map, time steps (input → map and panels updated), moving one end of a
// range shown, memory; and the same scrub with the rebuild-every-step baseline.
import { firstDrawn } from './first-draw';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generate, type SyntheticSize } from './generate';
import { summarize, type Summary } from './stats';

export interface BrowserResult {
  size: string;
  firstDrawMs: number;
  heapAfterLoadMB: number;
  step: Summary;
  /** The embedded layout (map and timeline, its list folded): the same parts as the baseline's page. */
  embeddedStep: Summary;
  baselineStep: Summary;
  /** A range shown (What changed open), its end moved an hour later per step, as Shift+ArrowRight on the timeline does. */
  rangeEndStep: Summary;
  embeddedRangeEndStep: Summary;
  /** The range the end-move starts from, as the link gives it. */
  rangeLink: string;
  steps: number;
  rangeSteps: number;
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

// Runs in the page: one step's main-thread work, from the input to the frame that shows it.
const MEASURE = `async (doStep) => {
  const t0 = performance.now();
  doStep();
  await new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = () => r(); ch.port2.postMessage(0); });
  void document.documentElement.offsetHeight;
  const sync = performance.now() - t0;
  const frame = await new Promise((r) => requestAnimationFrame((ts) => { void document.documentElement.offsetHeight; r(performance.now() - ts); }));
  return sync + frame;
}`;

async function scrub(page: Page, steps: number, doStep: string): Promise<number[]> {
  return page.evaluate(`(async () => {
    const measure = ${MEASURE};
    const out = [];
    for (let i = 0; i < ${steps}; i++) out.push(await measure(() => { ${doStep} }));
    return out;
  })()`) as Promise<number[]>;
}

/** Opens the app at `query` in a fresh context, once its first map is drawn. */
async function openApp(browser: Browser, url: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await firstDrawn(page);
  return { page, errors, close: () => context.close() };
}

/**
 * The range's end moved step by step: the page opens on the range, waits until the parts a range
 * loads on demand are there (its end handles; in the whole app What changed, open), then steps.
 */
async function rangeEndScrub(browser: Browser, url: string, { steps, panel }: { steps: number; panel: boolean }): Promise<number[]> {
  const { page, errors, close } = await openApp(browser, url);
  await page.waitForFunction((panel) => document.querySelectorAll('.range-handle').length === 2
    && (!panel || document.querySelector('#panel-changes[open] .changes') !== null), panel, { timeout: 60_000 });
  // The track's value is the range's end, in minutes from the data's start: it must have moved an hour a step.
  const endNow = () => page.evaluate(() => Number(document.querySelector('.timeline-track')?.getAttribute('aria-valuenow')));
  const before = await endNow();
  const samples = await scrub(page, steps, RANGE_END_STEP);
  const moved = (await endNow()) - before;
  const stillRange = await page.evaluate(() => document.querySelectorAll('.range-handle').length === 2);
  await close();
  if (errors.length > 0) throw new Error(`the app failed during the range benchmark: ${errors.join('; ')}`);
  if (moved !== steps * 60 || !stillRange) throw new Error(`the range's end moved ${moved} minutes in ${steps} steps (range still shown: ${stillRange})`);
  return samples;
}

export async function benchBrowser(browser: Browser, size: SyntheticSize, appUrl: string, baselineUrl: string, steps: number): Promise<BrowserResult> {
  const data = publish(size);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A moment a month into the data, as a reader's link would give it.
  await page.goto(`${appUrl}?data=${data}dataset.json&t=2024-01-31T00:00`);
  const firstDrawMs = await firstDrawn(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const step = await scrub(page, steps, KEY_STEP);
  if (errors.length > 0) throw new Error(`the app failed during the benchmark: ${errors.join('; ')}`);
  await context.close();

  const embedContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const embedded = await embedContext.newPage();
  await embedded.goto(`${appUrl}?embed=1&data=${data}dataset.json&t=2024-01-31T00:00`);
  await firstDrawn(embedded);
  const embeddedStep = await scrub(embedded, steps, KEY_STEP);
  await embedContext.close();

  const rangeSteps = Math.min(steps, 100);
  const rangeEndStep = await rangeEndScrub(browser, `${appUrl}?data=${data}dataset.json&t=${RANGE_LINK}`, { steps: rangeSteps, panel: true });
  const embeddedRangeEndStep = await rangeEndScrub(browser, `${appUrl}?embed=1&data=${data}dataset.json&t=${RANGE_LINK}`, { steps: rangeSteps, panel: false });

  const baseContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const base = await baseContext.newPage();
  await base.goto(`${baselineUrl}/index.html?data=${encodeURIComponent(appUrl + data)}`);
  await base.waitForFunction(() => document.title === 'ready', null, { timeout: 60_000 });
  await base.evaluate(`window.baselineDraw(Date.parse('2024-01-31T00:00:00Z'))`);
  const baselineStep = await scrub(base, steps, `window.baselineDraw(window.baselineTime + ${STEP_MS});`);
  await baseContext.close();

  return { size: size.name, firstDrawMs, heapAfterLoadMB: heap / 1048576, step: summarize(step), embeddedStep: summarize(embeddedStep), baselineStep: summarize(baselineStep),
    rangeEndStep: summarize(rangeEndStep), embeddedRangeEndStep: summarize(embeddedRangeEndStep), rangeLink: RANGE_LINK, steps, rangeSteps };
}
