// The built app in Chromium on a million incidents in 52 weekly chunks (bench/generate-chunked.ts),
// opened through ?data= at a moment as a reader's link gives it (issue 15, §4): time to the first
// drawn map (only the chunk that moment needs is read first), hourly time steps of the whole app
// across a chunk's edge, and the JS heap after load and after stepping by days across a few chunks.
// Each run in a fresh page (nothing cached); medians of the runs with their spread.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { KEY_STEP, scrub } from './browser';
import { firstDrawn } from './first-draw';
import { CHUNKED_SIZE, writeChunked, type ChunkedSize } from './generate-chunked';
import { machineLoad, type MachineLoad } from './machine-load';
import { perRunSpread, summarizeRepeats, type PerRun, type RepeatedSummary } from './repeats';
import { summarize, type Summary } from './stats';

export interface ChunkedResult {
  size: string;
  repeats: number;
  load: { before: MachineLoad; after: MachineLoad };
  /** Seconds to write the dataset to disk; 0 when it was there from an earlier run. */
  generateSeconds: number;
  link: string;
  firstDrawMs: PerRun;
  /** Chunk files requested before the first map was drawn, per run (1: only the moment's own). */
  chunksBeforeFirstMap: PerRun;
  /** After the first map, once the chunks fetched ahead (neighbours, then idle time's) are in. */
  heapAfterLoadMB: PerRun;
  chunksAfterLoad: PerRun;
  step: RepeatedSummary;
  steps: number;
  /** After `daySteps` steps of a day (PageUp), once the chunks they need and those fetched ahead are in. */
  heapAfterDayStepsMB: PerRun;
  chunksAfterDaySteps: PerRun;
  daySteps: number;
}

export interface ChunkedOptions {
  repeats: number;
  /** Hourly steps per run (200: about eight days, so across a chunk's edge). */
  steps: number;
  progress?: (message: string) => void;
}

/** Wednesday noon of the tenth week: its own chunk only (the fading window stays inside the week). */
export const CHUNKED_LINK = 't=2024-03-06T12:00';
const DAY_STEPS = 21;
const CHUNK_FILE = /\/incidents-week-(\d+)\.json$/;
const MB = 1048576;

/** Serves the dataset from where it was written (a link under dist/, which each build empties): returns its path there. */
function publishChunked(dir: string, name: string): string {
  mkdirSync(join('dist', 'bench-data'), { recursive: true });
  const link = join('dist', 'bench-data', name);
  if (!existsSync(link)) symlinkSync(resolve(dir), link, 'dir');
  return `bench-data/${name}/`;
}

/** Incidents in week `w` (1-based), as generate-chunked.ts divides them. */
function weekCount(size: ChunkedSize, w: number): number {
  return Math.floor(size.incidents / size.weeks) + (w - 1 < size.incidents % size.weeks ? 1 : 0);
}

interface ChunkWatch {
  /** Weeks asked for, in order, … */
  requested: number[];
  /** …when each was asked for (this process's clock, ms)… */
  askedAt: number[];
  /** …and those that have arrived. */
  finished: Set<number>;
}

/** Chunk files asked for and arrived in a context (the page's and its workers' requests), by week. */
function watchChunks(context: BrowserContext): ChunkWatch {
  const watch: ChunkWatch = { requested: [], askedAt: [], finished: new Set() };
  const week = (url: string) => Number(CHUNK_FILE.exec(new URL(url).pathname)?.[1] ?? NaN);
  context.on('request', (r) => {
    const w = week(r.url());
    if (Number.isNaN(w)) return;
    watch.requested.push(w);
    watch.askedAt.push(performance.now());
  });
  context.on('requestfinished', (r) => { const w = week(r.url()); if (!Number.isNaN(w)) watch.finished.add(w); });
  return watch;
}

/** The incidents the page holds, as its incident list says ("This dataset has 57,691 incidents"). */
const heldIncidents = (page: Page) => page.evaluate(() => Number(/This dataset has ([\d,]+) incidents/.exec(document.body.innerText)?.[1]?.replace(/,/g, '') ?? NaN));

/** Waits until every chunk asked for has arrived and is merged into what the page shows, and nothing more is asked for. */
async function settled(page: Page, chunks: ChunkWatch, size: ChunkedSize): Promise<number> {
  const deadline = performance.now() + 180_000;
  for (;;) {
    if (performance.now() > deadline) throw new Error(`chunked benchmark: the chunks asked for (weeks ${[...new Set(chunks.requested)].join(', ')}) did not all arrive`);
    await page.waitForLoadState('networkidle');
    // A poll, not a spin: the browser's events (requests finishing) reach this process between polls.
    await sleep(100);
    const weeks = new Set(chunks.requested);
    const expected = [...weeks].reduce((n, w) => n + weekCount(size, w), 0);
    if ([...weeks].every((w) => chunks.finished.has(w))) {
      await page.waitForFunction((expected) => {
        const held = Number(/This dataset has ([\d,]+) incidents/.exec(document.body.innerText)?.[1]?.replace(/,/g, '') ?? NaN);
        return held === expected;
      }, expected, { timeout: 60_000, polling: 100 }).catch(() => null);
      // Idle time may have asked for another chunk meanwhile: then wait for that one too.
      if (new Set(chunks.requested).size === weeks.size && (await heldIncidents(page)) === expected) return weeks.size;
    }
  }
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / MB;
}

interface Run {
  firstDrawMs: number;
  chunksBeforeFirstMap: number;
  heapAfterLoadMB: number;
  chunksAfterLoad: number;
  step: Summary;
  heapAfterDayStepsMB: number;
  chunksAfterDaySteps: number;
}

async function oneRun(browser: Browser, url: string, { size, steps }: { size: ChunkedSize; steps: number }): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const chunks = watchChunks(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The page's clock starts at navigation, about when this one reads it: a request is "before the
    // first map" if it was asked for within the first draw's time of it.
    const navigatedAt = performance.now();
    await page.goto(url);
    const firstDrawMs = await firstDrawn(page);
    const chunksBeforeFirstMap = new Set(chunks.requested.filter((_, i) => (chunks.askedAt[i] as number) - navigatedAt <= firstDrawMs)).size;
    const cdp = await context.newCDPSession(page);
    const chunksAfterLoad = await settled(page, chunks, size);
    const heapAfterLoadMB = await heapAfterGc(cdp);
    const samples = await scrub(page, steps, KEY_STEP);
    // Days forward by keyboard, one a frame, as a reader holding PageUp would; then the chunks they need.
    await page.evaluate(async (n) => {
      const slider = document.querySelector<HTMLElement>('[role=slider]');
      for (let i = 0; i < n; i++) {
        slider?.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true, cancelable: true }));
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
    }, DAY_STEPS);
    const chunksAfterDaySteps = await settled(page, chunks, size);
    const heapAfterDayStepsMB = await heapAfterGc(cdp);
    if (errors.length > 0) throw new Error(`the app failed during the chunked benchmark: ${errors.join('; ')}`);
    return { firstDrawMs, chunksBeforeFirstMap, heapAfterLoadMB, chunksAfterLoad, step: summarize(samples), heapAfterDayStepsMB, chunksAfterDaySteps };
  } finally {
    await context.close();
  }
}

export async function benchChunked(browser: Browser, appUrl: string, { repeats, steps, progress }: ChunkedOptions, size: ChunkedSize = CHUNKED_SIZE): Promise<ChunkedResult> {
  const t0 = performance.now();
  const dir = writeChunked(size, { progress: (w) => { if (w % 13 === 0) progress?.(`writing the chunked dataset: week ${w} of ${size.weeks}`); } });
  const generateSeconds = (performance.now() - t0) / 1000;
  const before = machineLoad();
  const data = publishChunked(dir, dir.split('/').pop() as string);
  const url = `${appUrl}?data=${data}dataset.json&${CHUNKED_LINK}`;
  const runs: Run[] = [];
  for (let run = 0; run < repeats; run++) {
    progress?.(`browser: ${size.name}, run ${run + 1} of ${repeats}…`);
    runs.push(await oneRun(browser, url, { size, steps }));
  }
  const per = (pick: (r: Run) => number) => perRunSpread(runs.map(pick));
  return {
    size: size.name, repeats, load: { before, after: machineLoad() }, generateSeconds: generateSeconds > 1 ? generateSeconds : 0, link: CHUNKED_LINK,
    firstDrawMs: per((r) => r.firstDrawMs), chunksBeforeFirstMap: per((r) => r.chunksBeforeFirstMap),
    heapAfterLoadMB: per((r) => r.heapAfterLoadMB), chunksAfterLoad: per((r) => r.chunksAfterLoad),
    step: summarizeRepeats(runs.map((r) => r.step)), steps,
    heapAfterDayStepsMB: per((r) => r.heapAfterDayStepsMB), chunksAfterDaySteps: per((r) => r.chunksAfterDaySteps), daySteps: DAY_STEPS,
  };
}
