// A chunk fetched ahead joins the page without remaking what is made once per dataset: the same map
// stays, the link keeps following the view, and a link read again knows the chunk's incidents.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveFixture } from './fixture-route';
import { pressOnTimeline } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('a chunk that arrives after the first map', () => {
  it('shows its incidents in the same map; Back selects one of them again; the link still follows the time', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await serveFixture(context, 'chunked');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}?data=fixtures/chunked/dataset.json&t=2016-04-20T23:00`);
    await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });
    const map = await page.evaluateHandle(() => document.querySelector('.leaflet-map-pane'));

    // The next day's chunk is fetched ahead, and its incidents join the list; the map's panes are those made first.
    const list = page.getByRole('list', { name: 'Incidents' });
    await expect.poll(() => list.getByRole('button', { name: /Jail captured/ }).count(), { timeout: 15_000 }).toBe(1);
    expect(await map.evaluate((el) => el?.isConnected && el === document.querySelector('.leaflet-map-pane'))).toBe(true);

    // Back to a link that names an incident of that chunk selects it again.
    await list.getByRole('button', { name: /Jail captured/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('jail-capture');
    await list.getByRole('button', { name: /First clash/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('first-clash');
    await page.goBack();
    await expect.poll(() => list.getByRole('button', { name: /Jail captured/ }).getAttribute('aria-current')).toBe('true');

    await pressOnTimeline(page, 'End');
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('2016-04-25T00:00');
    expect(errors).toEqual([]);
    await context.close();
  });
});
