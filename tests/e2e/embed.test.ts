import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveStatic } from './static-server';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: { url: string; server: Server };

const hostPage = (src: string, width: number, height: number) => `<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:0">
<iframe id="map" src="${src}" width="${width}" height="${height}" title="Map" sandbox="allow-scripts allow-popups" style="border:0"></iframe>
<script>
  window.messages = [];
  addEventListener('message', (e) => { if (e.source === document.getElementById('map').contentWindow) messages.push(e.data); });
  window.tell = (m) => document.getElementById('map').contentWindow.postMessage(m, '*');
</script></body></html>`;

beforeAll(async () => {
  browser = await launchChromium();
  host = await serveStatic('examples', {
    '/host-360.html': hostPage(`${baseUrl}?embed=1&t=2016-04-21T12:00`, 360, 480),
    '/host-300.html': hostPage(`${baseUrl}?embed=1`, 300, 400),
  });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.server.close(resolve));
});

async function openHost(path: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(host.url + path);
  await expect.poll(() => page.frames().find((f) => f.url().includes('embed=1'))?.locator('path.area').count() ?? 0, { timeout: 10_000 }).toBeGreaterThan(10);
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  if (!frame) throw new Error('no map frame');
  return { page, frame, errors };
}

const messages = (page: Page) => page.evaluate(() => (window as unknown as { messages: { type: string }[] }).messages);
const tell = (page: Page, m: unknown) => page.evaluate((msg) => (window as unknown as { tell: (x: unknown) => void }).tell(msg), m);
const valueText = (frame: Frame) => frame.getByRole('slider', { name: 'Time shown on the map' }).getAttribute('aria-valuetext');

describe('embedded in a sandboxed iframe on another origin', () => {
  it('fits 360 × 480 with no sideways scroll, and links to the full map with the same view', async () => {
    const { page, frame, errors } = await openHost('/host-360.html');
    expect(await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await valueText(frame)).toMatch(/^Thursday 21 April 2016, 12:00/);
    const full = frame.getByRole('link', { name: 'Open the full map' });
    await full.hover();
    expect(await full.getAttribute('href')).toBe(`${baseUrl}?t=2016-04-21T12:00`);
    expect(await full.getAttribute('target')).toBe('_blank');
    const list = frame.locator('details.embed-list');
    expect(await list.getAttribute('open')).toBeNull();
    await list.locator('summary').click();
    // The folded list is built when first unfolded.
    await expect.poll(() => frame.getByRole('list', { name: 'Incidents' }).getByRole('listitem').count()).toBeGreaterThan(10);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits the smallest frame, 300 × 400', async () => {
    const { page, frame } = await openHost('/host-300.html');
    expect(await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const map = await frame.locator('.map').boundingBox();
    expect(map && map.height).toBeGreaterThan(140);
    await page.close();
  });

  it('obeys the host over postMessage and tells it what changed; ignores messages of the wrong shape', async () => {
    const { page, frame, errors } = await openHost('/host-360.html');
    await expect.poll(() => messages(page)).toContainEqual({ protocol: 'conflict-map', version: 1, type: 'ready', dataset: 'qamishlo-2016-04',
      extent: { start: '2016-04-20T00:00:00+03:00', end: '2016-04-25T00:00:00+03:00' } });

    await tell(page, { protocol: 'conflict-map', version: 1, type: 'setTime', time: '2016-04-22T09:00' });
    await expect.poll(() => valueText(frame)).toMatch(/^Friday 22 April 2016, 09:00/);
    await expect.poll(() => messages(page)).toContainEqual({ protocol: 'conflict-map', version: 1, type: 'timechange', time: '2016-04-22T09:00:00+03:00', wholeDay: false });

    await tell(page, { protocol: 'conflict-map', version: 2, type: 'setTime', time: '2016-04-20T09:00' });
    await tell(page, { type: 'setTime', time: '2016-04-20T09:00' });
    await tell(page, 'setTime 2016-04-20');
    await tell(page, { protocol: 'conflict-map', version: 1, type: 'setTime', time: 'banana' });
    // Messages are handled in order: once a valid one after them is answered, those four were handled
    // too, and none of them moved the time.
    await tell(page, { protocol: 'conflict-map', version: 1, type: 'setTime', time: '2016-04-22T10:00' });
    const times = async () => (await messages(page)).filter((m) => m.type === 'timechange').map((m) => (m as { time?: string }).time);
    await expect.poll(async () => (await times()).at(-1)).toBe('2016-04-22T10:00:00+03:00');
    expect((await times()).slice(-2)).toEqual(['2016-04-22T09:00:00+03:00', '2016-04-22T10:00:00+03:00']);
    expect(await valueText(frame)).toMatch(/^Friday 22 April 2016, 10:00/);

    await tell(page, { protocol: 'conflict-map', version: 1, type: 'selectIncident', id: 'truce' });
    await expect.poll(() => frame.locator('.leaflet-popup-content h2').count()).toBe(1);
    expect(await valueText(frame)).toMatch(/^Friday 22 April 2016, 15:30/);
    await expect.poll(() => messages(page)).toContainEqual({ protocol: 'conflict-map', version: 1, type: 'selectionchange', id: 'truce' });

    await tell(page, { protocol: 'conflict-map', version: 1, type: 'setTime', time: '2016-04-20' });
    await expect.poll(() => valueText(frame)).toBe('20 April 2016, the whole day, local time');

    await tell(page, { protocol: 'conflict-map', version: 1, type: 'play' });
    await expect.poll(() => frame.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await tell(page, { protocol: 'conflict-map', version: 1, type: 'pause' });
    await expect.poll(() => frame.getByRole('button', { name: 'Play' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the scrollytelling example', () => {
  it('drives the embedded map as the reader scrolls', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.url}/scrollytelling.html?map=${encodeURIComponent(baseUrl)}`);
    const status = page.locator('#status');
    await expect.poll(() => status.getAttribute('data-time'), { timeout: 10_000 }).not.toBeNull();
    const frame = page.frames().find((f) => f.url().includes('embed=1'));
    if (!frame) throw new Error('no map frame');

    await page.locator('.step[data-event="prison-capture"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('.step[data-event="prison-capture"]')?.scrollIntoView({ block: 'center' }));
    await expect.poll(() => valueText(frame), { timeout: 5000 }).toMatch(/^Thursday 21 April 2016, 12:00/);
    await expect.poll(() => status.getAttribute('data-selected')).toBe('prison-capture');

    await page.evaluate(() => document.querySelector('.step[data-event="truce"]')?.scrollIntoView({ block: 'center' }));
    await expect.poll(() => valueText(frame), { timeout: 5000 }).toMatch(/^Friday 22 April 2016, 15:30/);
    expect(await status.innerText()).toMatch(/2016-04-22 15:30/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
