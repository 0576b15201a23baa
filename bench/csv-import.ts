// ACLED-shaped CSV exports loaded in Chromium, through ?data= and through Load data's file input: the
// time to the drawn map, the longest frame (long task) while importing, the JS heap after load, then
// hourly time steps on the imported dataset. The file is made by the seeded generator each run, and
// ?data= reads it from the app's own server (dist/bench-csv/, removed after), streamed as a site
// serves a file: through Playwright's route the page got all 47 MB of 100k rows at once, after 2–3 s
// of the harness's own copying, which measured the harness rather than the app. The server sends it as
// a host that stores it gzipped would (precompressed-files.ts); a third way in, for comparison only,
// has the server compress it while sending, on the same two cores as the browser.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { KEY_STEP, scrub } from './browser';
import { FIRST_DRAW_MARK } from '../src/core/performance-marks';
import { firstDrawn } from './first-draw';
import { acledCsv } from './acled-rows';
import { perRunSpread, summarizeRepeats, type PerRun, type RepeatedSummary } from './repeats';
import { summarize } from './stats';

/** ?data= (the file stored compressed), ?data= with the server compressing as it sends, or Load data's file input. */
export type CsvVia = 'data' | 'data-compressing' | 'file';

export const CSV_VIA_LABEL: Record<CsvVia, string> = {
  'data': '?data=',
  'data-compressing': '?data=, compressed by the server while sent (for comparison)',
  'file': 'file input',
};

export interface CsvImportResult {
  rows: number;
  via: CsvVia;
  repeats: number;
  /** From navigation (?data=) or from the file's choice (file input) to the imported dataset's drawn map. */
  loadMs: PerRun;
  /** The longest main-thread task while the import ran. */
  longestFrameMs: PerRun;
  heapAfterLoadMB: PerRun;
  step: RepeatedSummary;
}

export interface CsvImportOptions {
  rows: number;
  app: string;
  repeats: number;
  steps: number;
}

/** Both ways in, each measured `repeats` times on the same generated file. */
export async function benchCsvImport(browser: Browser, { rows, app, repeats, steps }: CsvImportOptions): Promise<CsvImportResult[]> {
  const text = acledCsv({ rows, seed: 1 });
  const name = `acled-${rows}.csv`;
  const file = join(mkdtempSync(join(tmpdir(), 'bench-csv-')), name);
  writeFileSync(file, text);
  mkdirSync(SERVED_DIR, { recursive: true });
  writeFileSync(join(SERVED_DIR, name), text);
  writeFileSync(join(SERVED_DIR, `${name}.gz`), gzipSync(text));
  // The same bytes under a name without a stored copy: the server compresses them as it sends.
  writeFileSync(join(SERVED_DIR, `compressing-${name}`), text);
  const out: CsvImportResult[] = [];
  try {
    for (const via of ['data', 'data-compressing', 'file'] as const) {
      const runs: RunResult[] = [];
      for (let i = 0; i < repeats; i++) runs.push(await oneRun(browser, { via, app, name, file, steps }));
      out.push({
        rows, via, repeats,
        loadMs: perRunSpread(runs.map((r) => r.loadMs)),
        longestFrameMs: perRunSpread(runs.map((r) => r.longestFrameMs)),
        heapAfterLoadMB: perRunSpread(runs.map((r) => r.heapMB)),
        step: summarizeRepeats(runs.map((r) => summarize(r.samples))),
      });
    }
  } finally {
    rmSync(SERVED_DIR, { recursive: true, force: true });
  }
  return out;
}

/** Where the preview server (tests/e2e/serve.ts, which serves dist/) finds the file for ?data=. */
const SERVED_DIR = 'dist/bench-csv';

interface RunResult {
  loadMs: number;
  longestFrameMs: number;
  heapMB: number;
  samples: number[];
}

interface RunInput {
  via: CsvVia;
  app: string;
  name: string;
  file: string;
  steps: number;
}

// Collects every long task (over 50 ms) from the page's start.
const WATCH_LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });`;

async function oneRun(browser: Browser, { via, app, name, file, steps }: RunInput): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(WATCH_LONG_TASKS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // How the server sent the file (a worker's request too): the stored copy must be what ?data= measures.
  let sent: string | undefined;
  context.on('response', (r) => {
    if (r.url().endsWith('.csv')) sent = `${r.headers()['content-encoding'] ?? 'not compressed'}, ${r.headers()['content-length'] ? 'stored' : 'compressed while sent'}`;
  });
  try {
    let start: number;
    let loadMs: number;
    if (via !== 'file') {
      await page.goto(`${app}?data=bench-csv/${via === 'data' ? name : `compressing-${name}`}`);
      start = 0;
      await imported(page);
      loadMs = await firstDrawn(page);
      const expected = via === 'data' ? 'gzip, stored' : 'gzip, compressed while sent';
      if (sent !== expected) throw new Error(`the server sent the CSV ${sent ?? '(no response seen)'}, not ${expected}`);
    } else {
      await page.goto(app);
      await firstDrawn(page);
      await page.getByRole('button', { name: 'Load data' }).click();
      const input = page.getByLabel('Choose files, or drop them here');
      await input.evaluate((el) => el.addEventListener('change', () => { (window as unknown as { __chosen: number }).__chosen = performance.now(); }, { capture: true }));
      await input.setInputFiles(file);
      const dialog = page.getByRole('dialog', { name: 'Load data' });
      await dialog.locator('.csv-result, .import-failed').first().waitFor({ timeout: 120_000 });
      if (await dialog.locator('.import-failed').count() > 0) throw new Error(`the import failed: ${await dialog.innerText()}`);
      await imported(page);
      // The imported dataset's map marks the frame it is first drawn in, as the first map does (?data=
      // above): a frame asked for once the heading was seen came 50–340 ms later, Playwright's polling
      // and the parts loaded after a first map included.
      const [chosen, drawn] = await page.waitForFunction((mark) => {
        const chosenAt = (window as unknown as { __chosen: number }).__chosen;
        const after = performance.getEntriesByName(mark).find((m) => m.startTime > chosenAt);
        return after ? [chosenAt, after.startTime] : null;
      }, FIRST_DRAW_MARK, { timeout: 60_000 }).then((h) => h.jsonValue() as Promise<[number, number]>);
      start = chosen;
      loadMs = drawn - chosen;
      await page.keyboard.press('Escape');
    }
    const longestFrameMs = await page.evaluate((from) => Math.max(0, ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
      .filter((t) => t.start + t.duration >= from).map((t) => t.duration)), start);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapMB = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1048576;
    const samples = await scrub(page, steps, KEY_STEP);
    if (errors.length > 0) throw new Error(`the app failed during the CSV benchmark: ${errors.join('; ')}`);
    return { loadMs, longestFrameMs, heapMB, samples };
  } finally {
    await context.close();
  }
}

/** Waits until the page shows the imported dataset (its title names the export). */
async function imported(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: /^ACLED export: / }).waitFor({ timeout: 120_000 });
}
