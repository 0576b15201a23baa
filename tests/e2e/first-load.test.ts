// The built-in dataset arrives as the build checked it: one preloaded request, no worker and no
// validator on the page; a site without that copy, and every other dataset, is validated as before.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkedDatasetText } from '../../src/core/checked-dataset';
import { loadDataset } from '../../src/core/dataset';
import { launchChromium } from './chromium';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

async function open(query = '', prepare: (page: Page) => Promise<unknown> = async () => {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const workers: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('worker', (w) => workers.push(w.url()));
  await prepare(page);
  await page.goto(baseUrl + query);
  await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });
  // The table loads once the first map is drawn.
  const tableRows = page.getByRole('table', { name: 'Who controls what' }).locator('tbody tr');
  await tableRows.first().waitFor();
  const rows = await tableRows.count();
  return { page, requests, workers, rows };
}

describe('the built-in dataset', () => {
  it('comes in one preloaded request, with no worker and no validator', async () => {
    const { page, requests, workers, rows } = await open();
    expect(await page.locator('link[rel="preload"][href="data/dataset.checked.json"]').count()).toBe(1);
    expect(requests.filter((p) => p.includes('/data/'))).toEqual(['/data/dataset.checked.json']);
    // config.json too is preloaded, and the preload is what the app reads (one request, not two).
    expect(await page.locator('link[rel="preload"][href="config.json"]').count()).toBe(1);
    expect(requests.filter((p) => p.endsWith('/config.json'))).toEqual(['/config.json']);
    expect(workers).toEqual([]);
    expect(requests.some((p) => /\/(?:load-worker|app-config)-/.test(p))).toBe(false);
    expect(rows).toBeGreaterThan(10);
    await page.context().close();
  });

  it('is shipped as the core loader reads data/ now (a build made before data/ changed would fail this)', async () => {
    const { dataset, problems } = await loadDataset('data/dataset.json', (path) => readFile(path, 'utf8'));
    expect(dataset).not.toBeNull();
    expect(readFileSync('dist/data/dataset.checked.json', 'utf8')).toBe(checkedDatasetText(dataset!, problems));
  });

  it('is validated on the page, in the worker, where the site has no checked copy, and shows the same map', async () => {
    const checked = await open();
    const without = await open('', (page) => page.route('**/data/dataset.checked.json', (route) => route.fulfill({ status: 404, body: 'not here' })));
    expect(without.workers.some((w) => /load-worker-[\w-]+\.js$/.test(w))).toBe(true);
    expect(without.requests).toContain('/data/incidents.json');
    expect(without.rows).toBe(checked.rows);
    await checked.page.context().close();
    await without.page.context().close();
  });
});

const WORKER_SCRIPT = /load-worker-[\w-]+\.js$/;
const APP_BUNDLE = /\/assets\/index-[\w-]+\.js$/;

describe('another dataset', () => {
  it('is validated in the worker, as before', async () => {
    const { page, workers, requests } = await open('?data=examples/datasets/invented-town/dataset.json');
    expect(workers.some((w) => WORKER_SCRIPT.test(w))).toBe(true);
    expect(requests).toContain('/examples/datasets/invented-town/incidents.json');
    await page.context().close();
  });

  it('starts loading from the boot script, before the app\'s bundle has arrived, and the app takes that load over', async () => {
    const manifest = '/examples/datasets/invented-town/dataset.json';
    const { page, workers, requests, rows } = await open(`?data=${manifest.slice(1)}`, async (p) => {
      const manifestAsked = new Promise<void>((resolve) => p.on('request', (r) => { if (new URL(r.url()).pathname === manifest) resolve(); }));
      // The app's bundle arrives only once the worker has asked for the dataset: were the load still
      // started by the app's code, the page would never draw its map.
      await p.route(APP_BUNDLE, async (route) => {
        await manifestAsked;
        await route.continue();
      });
    });
    const timing = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => ({ path: new URL(e.name).pathname, responseEnd: (e as PerformanceResourceTiming).responseEnd })));
    const worker = timing.find((e) => WORKER_SCRIPT.test(e.path));
    const app = timing.find((e) => APP_BUNDLE.test(e.path));
    // The page's own record says so too: the worker's script had arrived before the app's bundle did.
    expect(worker && app && worker.responseEnd < app.responseEnd, JSON.stringify(timing)).toBe(true);
    // One worker, one read of each file: the app took the boot script's load over rather than loading again.
    expect(workers.filter((w) => WORKER_SCRIPT.test(w))).toHaveLength(1);
    expect(requests.filter((r) => r === manifest)).toHaveLength(1);
    expect(requests.filter((r) => r === '/examples/datasets/invented-town/incidents.json')).toHaveLength(1);
    expect(rows).toBeGreaterThan(0);
    await page.context().close();
  });
});
