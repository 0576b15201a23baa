import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { mapZoom } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/**
 * These tests break data/'s files on the server, as a site whose files were replaced without a new
 * build would: without the build's checked copy (which such a site must delete, README), the page
 * loads and validates data/ itself, and says what is wrong.
 */
async function withoutCheckedCopy(page: Page) {
  await page.route('**/data/dataset.checked.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
}

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { page, pageErrors };
}

describe('faults', () => {
  it('keeps the basemap readable when web tiles cannot load, with one quiet notice', async () => {
    const { page, pageErrors } = await newPage();
    let tileRequests = 0;
    await page.route('**/config.json', (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ tiles: { url: 'http://127.0.0.1:9/{z}/{x}/{y}.png', attribution: 'Test tiles' } }),
    }));
    page.on('request', (r) => { if (r.url().startsWith('http://127.0.0.1:9/')) tileRequests++; });
    await page.goto(baseUrl);
    await page.waitForSelector('path.area');
    const notices = page.getByRole('status').filter({ hasText: 'Web map tiles could not be loaded' });
    await expect.poll(() => notices.count()).toBe(1);
    const requestsAfterNotice = tileRequests;
    // A zoom asks a tile layer for new tiles as it ends; once the link shows the new zoom, it has ended.
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => mapZoom(page)).not.toBeNaN();
    expect(tileRequests).toBe(requestsAfterNotice);
    expect(await page.locator('.basemap-river').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await notices.getByRole('button').click();
    expect(await notices.count()).toBe(0);
    await page.context().close();
  });

  it('ignores a broken config.json with a notice and still draws the map', async () => {
    const { page, pageErrors } = await newPage();
    await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"tiles": {"url": "javascript:alert(1)"}}' }));
    await page.goto(baseUrl);
    await page.waitForSelector('path.area');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'config.json ignored' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('shows a truncated data file as a problem naming the file, and keeps everything else', async () => {
    const { page, pageErrors } = await newPage();
    await withoutCheckedCopy(page);
    await page.route('**/data/incidents.json', (route) => route.fulfill({ contentType: 'application/json', body: '[{"id": "truncated", "type": "cla' }));
    await page.goto(baseUrl);
    await page.waitForSelector('path.area');
    const alert = page.getByRole('alert', { name: /problems? in the data/ });
    const rows = alert.locator('tbody tr');
    expect(await rows.first().innerText()).toMatch(/incidents\.json[\s\S]*not valid JSON/);
    // Story steps that name the lost incidents are listed too, each by record and field.
    expect(await rows.nth(1).innerText()).toMatch(/story\.json\s+\S+\s+incident/);
    // The table loads once the first map is drawn.
    await page.getByRole('table', { name: 'Who controls what' }).locator('tbody tr').first().waitFor();
    expect(await page.getByRole('table', { name: 'Who controls what' }).locator('tbody tr').count()).toBeGreaterThan(10);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('shows what went wrong, with a retry, when the manifest itself is missing', async () => {
    const { page, pageErrors } = await newPage();
    await withoutCheckedCopy(page);
    await page.route('**/data/dataset.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'The map data could not be loaded' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/dataset\.json[\s\S]*HTTP 404/);
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('works with no network at all: the app, its basemap and its data come from its own origin only', async () => {
    const { page, pageErrors } = await newPage();
    const origin = new URL(baseUrl).origin;
    const leftTheOrigin: string[] = [];
    // Every request of the page and its worker; anything bound elsewhere fails as if offline.
    await page.context().route('**/*', (route) => {
      if (new URL(route.request().url()).origin === origin) return route.continue();
      leftTheOrigin.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.goto(baseUrl);
    await page.waitForSelector('path.area');
    expect(await page.locator('.basemap-river').count()).toBe(1);
    expect(await page.locator('.basemap-label').count()).toBeGreaterThan(0);
    // The table loads once the first map is drawn.
    await page.getByRole('table', { name: 'Who controls what' }).locator('tbody tr').first().waitFor();
    expect(await page.getByRole('table', { name: 'Who controls what' }).locator('tbody tr').count()).toBeGreaterThan(10);
    await page.getByRole('list', { name: 'Incidents' }).getByRole('button', { name: /truce/i }).first().click();
    await page.locator('.leaflet-popup-content .popup-sources li').first().waitFor();
    await page.getByText('About the data and sources', { exact: true }).click();
    await page.getByRole('heading', { name: /^Sources \(\d+\)$/ }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(leftTheOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('names sites.geojson when it is an HTML error page, and still draws the basemap, the header and the timeline', async () => {
    const { page, pageErrors } = await newPage();
    await withoutCheckedCopy(page);
    await page.route('**/data/sites.geojson', (route) => route.fulfill({
      status: 200, contentType: 'text/html', body: '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>',
    }));
    await page.goto(baseUrl);
    const alert = page.getByRole('alert', { name: /problems? in the data/ });
    await alert.waitFor();
    expect(await alert.locator('tbody tr').first().innerText()).toMatch(/^sites\.geojson\s[\s\S]*is not valid JSON: Unexpected token '<'/);
    // Records placed at a site are listed as problems too, each by file, record and field.
    expect(await alert.locator('tbody tr').filter({ hasText: /names an unknown site/ }).count()).toBeGreaterThan(10);
    await page.locator('.basemap-river').waitFor({ state: 'attached' });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Qamishlo/);
    expect(await page.getByRole('slider', { name: 'Time shown on the map' }).count()).toBe(1);
    expect(await page.getByText(/could not be shown/).count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('names a missing story.json (HTTP 404) and loads everything else', async () => {
    const { page, pageErrors } = await newPage();
    await withoutCheckedCopy(page);
    await page.route('**/data/story.json', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }));
    await page.goto(baseUrl);
    await page.waitForSelector('path.area');
    const alert = page.getByRole('alert', { name: /problems? in the data/ });
    await alert.waitFor();
    expect(await alert.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^story\.json\s[\s\S]*could not be read: HTTP 404/)]);
    expect(await page.locator('path.area').count()).toBeGreaterThan(10);
    expect(await page.locator('.basemap-river').count()).toBe(1);
    // The incident list loads after the first map: wait for its rows rather than read them once.
    await expect.poll(() => page.getByRole('list', { name: 'Incidents' }).getByRole('listitem').count()).toBeGreaterThan(10);
    expect(await page.getByText('Story', { exact: true }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
