// The built app in Chromium with a synthetic dataset loaded through ?data= (the normal import path):
// time to the first drawn map, time steps (input → map and panels updated), memory; and the same
// scrub with the rebuild-every-step baseline.
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
  steps: number;
}

const STEP_MS = 3_600_000;
/** One hour later, by the slider's own keyboard handling. */
const KEY_STEP = `document.querySelector('[role=slider]').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));`;

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

export async function benchBrowser(browser: Browser, size: SyntheticSize, appUrl: string, baselineUrl: string, steps: number): Promise<BrowserResult> {
  const data = publish(size);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A moment a month into the data, as a reader's link would give it.
  await page.goto(`${appUrl}?data=${data}dataset.json&t=2024-01-31T00:00`);
  await page.waitForFunction(() => performance.getEntriesByName('map:first-draw').length > 0, null, { timeout: 60_000 });
  const firstDrawMs = await page.evaluate(() => performance.getEntriesByName('map:first-draw')[0]?.startTime ?? -1);
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
  await embedded.waitForFunction(() => performance.getEntriesByName('map:first-draw').length > 0, null, { timeout: 60_000 });
  const embeddedStep = await scrub(embedded, steps, KEY_STEP);
  await embedContext.close();

  const baseContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const base = await baseContext.newPage();
  await base.goto(`${baselineUrl}/index.html?data=${encodeURIComponent(appUrl + data)}`);
  await base.waitForFunction(() => document.title === 'ready', null, { timeout: 60_000 });
  await base.evaluate(`window.baselineDraw(Date.parse('2024-01-31T00:00:00Z'))`);
  const baselineStep = await scrub(base, steps, `window.baselineDraw(window.baselineTime + ${STEP_MS});`);
  await baseContext.close();

  return { size: size.name, firstDrawMs, heapAfterLoadMB: heap / 1048576, step: summarize(step), embeddedStep: summarize(embeddedStep), baselineStep: summarize(baselineStep), steps };
}
