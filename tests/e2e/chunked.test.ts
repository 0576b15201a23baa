import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveFixture } from './fixture-route';
import { pressOnTimeline } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('a dataset split into chunks by time', () => {
  it('opens a moment with only its chunk, then fetches the chunk the reader moves into and shows its incidents', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await serveFixture(context, 'chunked');
    // Every chunk file asked for, in order, by the page or its workers.
    const requested: string[] = [];
    context.on('request', (request) => {
      const file = /\/fixtures\/chunked\/(incidents-[^/?#]+)/.exec(request.url())?.[1];
      if (file) requested.push(file);
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}?data=fixtures/chunked/dataset.json&t=2016-04-20T23:00`);
    await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });

    // The moment's own chunk first (its fading window reaches back before the data's start only).
    expect(requested[0]).toBe('incidents-2016-04-20.json');
    const list = page.getByRole('list', { name: 'Incidents' });
    await expect.poll(() => list.getByRole('button', { name: /First clash/ }).count()).toBe(1);
    // The next day's chunk is fetched ahead; the last day's is not, until the reader goes there.
    await expect.poll(() => requested.includes('incidents-2016-04-21.json')).toBe(true);
    expect(requested).not.toContain('incidents-2016-04-24.json');
    expect(await list.getByRole('button', { name: /River crossing clash/ }).count()).toBe(0);

    await pressOnTimeline(page, 'End');
    await expect.poll(() => list.getByRole('button', { name: /River crossing clash/ }).count()).toBe(1);
    expect(requested.filter((f) => f === 'incidents-2016-04-24.json')).toHaveLength(1);
    // The page says the dataset comes in parts, and what the parts fetched cover.
    expect(await page.getByRole('status').filter({ hasText: /comes in 5 parts by time/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
