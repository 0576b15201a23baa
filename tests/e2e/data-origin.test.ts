// Whose map is this: a ?data= link to a dataset on another host opens only where the deployment's
// config.json allows that host, and then the page says, in every layout and language, where the data
// came from; the files exported from it say so too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, WCAG_TAGS } from './axe';
import { launchChromium } from './chromium';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

// An invented dataset, served as if from another host (the request never leaves the browser).
const ELSEWHERE = 'http://data.elsewhere.test';
const EXAMPLE = 'dist/examples/datasets/invented-town';
const LINK = `?data=${encodeURIComponent(`${ELSEWHERE}/town/dataset.json`)}`;

async function context(config: object | null, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; fetched: string[] }> {
  const ctx = await browser.newContext({ viewport, acceptDownloads: true });
  const fetched: string[] = [];
  await ctx.route(`${ELSEWHERE}/**`, async (route) => {
    fetched.push(route.request().url());
    const file = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    await route.fulfill({ body: readFileSync(join(EXAMPLE, file)), contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' } });
  });
  if (config) await ctx.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }));
  return { context: ctx, fetched };
}

describe('datasets from other addresses', () => {
  it('refuses one from a host config.json does not list (the default), names the host, and never fetches it', async () => {
    const { context: ctx, fetched } = await context(null);
    const page = await ctx.newPage();
    await page.goto(baseUrl + LINK);
    await expect.poll(() => page.getByRole('heading', { name: 'The map data could not be loaded' }).count()).toBe(1);
    // The problems' table loads on demand.
    await expect.poll(() => page.locator('main').innerText()).toMatch(/does not open datasets from data\.elsewhere\.test/);
    expect(await page.getByRole('link', { name: 'Open the built-in map instead' }).count()).toBe(1);
    expect(fetched).toEqual([]);
    await ctx.close();
  });

  it('opens one from a listed host, labelled in the full app and the embed, in English and Arabic; its exports say so', async () => {
    const { context: ctx, fetched } = await context({ tiles: null, data_hosts: ['data.elsewhere.test'] });
    const page = await ctx.newPage();
    await page.goto(baseUrl + LINK);
    await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });
    expect(fetched.length).toBeGreaterThan(0);
    const label = page.getByRole('note').filter({ hasText: 'not published by this site' });
    expect(await label.innerText()).toMatch(/^Data loaded from .?data\.elsewhere\.test.?, not published by this site$/);
    expect((await checkPage(page, [...WCAG_TAGS, 'best-practice'])).findings).toEqual([]);

    // The snapshot's metadata names the address and this site; the file name says where it came from.
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export data' });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download GeoJSON snapshot' }).click()]);
    expect(download.suggestedFilename()).toMatch(/_from-data\.elsewhere\.test\.geojson$/);
    const meta = (JSON.parse(readFileSync(await download.path(), 'utf8')) as { snapshot: { dataset: { origin?: string } } }).snapshot.dataset;
    expect(meta.origin).toBe(`loaded from ${ELSEWHERE}/town/dataset.json; not published by ${baseUrl.replace(/[^/]*$/, '')}`);

    const embed = await ctx.newPage();
    await embed.setViewportSize({ width: 360, height: 560 });
    await embed.goto(`${baseUrl}${LINK}&embed=1&lang=ar`);
    await embed.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });
    const arabic = embed.getByRole('note').filter({ hasText: 'لم ينشرها هذا الموقع' });
    expect(await arabic.innerText()).toMatch(/data\.elsewhere\.test/);
    // Above the map, wholly inside the frame.
    const box = await arabic.boundingBox();
    const map = await embed.locator('.embed-map').boundingBox();
    expect(box && map && box.y + box.height <= map.y + 1 && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    expect((await checkPage(embed, [...WCAG_TAGS, 'best-practice'])).findings).toEqual([]);
    await ctx.close();
  });

  it('shows the deployment’s own datasets, relative addresses included, with no label', async () => {
    const { context: ctx } = await context(null);
    const page = await ctx.newPage();
    await page.goto(`${baseUrl}?data=examples/datasets/invented-town/dataset.json`);
    await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });
    expect(await page.locator('.data-origin').count()).toBe(0);
    await ctx.close();
  });
});
