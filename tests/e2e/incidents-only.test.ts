// A dataset of incidents only over an invented country several hundred kilometres across
// (tests/fixtures/incidents-only: no areas, no sites, no basemap) in Chromium: framed on its incidents,
// with Natural Earth's country borders under them (fetched from the app's own files, credited), panels
// that say it has no areas instead of an empty table; and the built-in dataset, which never fetches
// the borders' data.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveFixture } from './fixture-route';

const baseUrl = inject('baseUrl');
const SHOTS = '/work/shots';
const NO_AREAS = 'This dataset maps incidents only: it has no areas of control.';
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

async function openFixture(query: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await serveFixture(context, 'incidents-only');
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${baseUrl}?data=fixtures/incidents-only/dataset.json${query}`);
  return { context, page, errors, requests };
}

describe('a dataset of incidents only, country-wide', () => {
  it('shows its incidents over country borders, credits Natural Earth, and says it has no areas', async () => {
    const { context, page, errors, requests } = await openFixture('&t=2021-03-05');
    await page.locator('.incident-march').waitFor();
    await page.waitForSelector('.leaflet-pane path.country-border', { state: 'attached' });
    await page.waitForSelector('.leaflet-pane path.country-coast', { state: 'attached' });
    // Seen whole, the coarse borders, from the app's own files.
    expect(requests.filter((p) => /countries-\d+m/.test(p))).toEqual([expect.stringMatching(/^\/assets\/countries-110m-[\w-]+\.json$/)]);
    const credit = page.locator('.leaflet-control-attribution');
    expect(await credit.getByRole('link', { name: 'Natural Earth' }).count()).toBe(1);
    // It has no basemap of its own, so the map does not credit one.
    expect(await credit.innerText()).not.toMatch(/basemap/i);
    // The map zoomed out below a city's zoom to frame several hundred kilometres.
    const scale = await page.locator('.leaflet-control-scale-line').innerText();
    expect(Number.parseInt(scale, 10) * (scale.includes('km') ? 1000 : 1)).toBeGreaterThanOrEqual(20_000);

    expect(await page.getByRole('table', { name: 'Who controls what' }).count()).toBe(0);
    await expect.poll(() => page.locator('#panel-control').innerText()).toContain(NO_AREAS);
    await page.getByText('Layers', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Marches and sit-ins' }).waitFor();
    expect(await page.getByRole('checkbox', { name: /control/i }).count()).toBe(0);
    await page.getByText('Legend', { exact: true }).click();
    await expect.poll(() => page.locator('.legend').innerText()).toContain(NO_AREAS);
    await page.screenshot({ path: `${SHOTS}/incidents-only-1280.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so in What changed for a range, and draws its borders in the dark theme\'s colour', async () => {
    const { context, page, errors } = await openFixture('&t=2021-03-02/2021-03-05&theme=dark');
    const changes = page.locator('#panel-changes');
    await expect.poll(() => changes.innerText()).toContain(NO_AREAS);
    // Its sections render each on its own (ui/in-view-only.tsx): wait for the incidents' count too.
    await expect.poll(() => changes.innerText()).toMatch(/Incidents in this range \(4\)/);
    expect(await changes.getByRole('table').count()).toBe(0);
    const border = page.locator('.leaflet-pane path.country-border').first();
    await border.waitFor({ state: 'attached' });
    await expect.poll(() => border.evaluate((p) => getComputedStyle(p).stroke)).toBe('rgb(141, 147, 156)');
    await page.screenshot({ path: `${SHOTS}/incidents-only-range-dark-1280.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fetches the finer borders once zoomed in', async () => {
    const { context, page, requests } = await openFixture('&t=2021-03-05&map=9/35.5/38.3');
    await page.waitForSelector('.leaflet-pane path.country-border', { state: 'attached' });
    expect(requests.filter((p) => /countries-\d+m/.test(p))).toEqual([expect.stringMatching(/^\/assets\/countries-50m-[\w-]+\.json$/)]);
    await context.close();
  });
});

describe('the built-in dataset', () => {
  it('never fetches the country borders\' data: its basemap holds all it places', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const layerLoaded = page.waitForResponse((r) => /country-borders-layer-[\w-]+\.js$/.test(r.url()));
    await page.goto(baseUrl);
    // The borders' code loads after the first map and decides; once the page is quiet, it has.
    await layerLoaded;
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => /countries-\d+m|country-border-data/.test(p))).toEqual([]);
    expect(await page.locator('path.country-border, path.country-coast').count()).toBe(0);
    await context.close();
  });
});
