// A range in Chromium: a link with an interval shows control at its end, marks what changed hands
// inside it and shows its incidents; a broken interval is named and the rest of the link applies; a
// host page sets a range and hears of it; the Arabic page words the marks in Arabic.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { WCAG_TAGS, checkPage, seriousOrWorse } from './axe';
import { launchChromium } from './chromium';
import { controlRow, openApp } from './page';
import { serveStatic } from './static-server';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: { url: string; server: Server };

const hostPage = (src: string) => `<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:0">
<iframe id="map" src="${src}" width="420" height="560" title="Map" sandbox="allow-scripts allow-popups" style="border:0"></iframe>
<script>
  window.messages = [];
  addEventListener('message', (e) => { if (e.source === document.getElementById('map').contentWindow) messages.push(e.data); });
  window.tell = (m) => document.getElementById('map').contentWindow.postMessage(m, '*');
</script></body></html>`;

beforeAll(async () => {
  browser = await launchChromium();
  host = await serveStatic('examples', { '/host-range.html': hostPage(`${baseUrl}?embed=1&t=2016-04-21T09:00`) });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.server.close(resolve));
});

// The timeline's own slider comes first, in any language (a range's end handles follow it).
const valueText = (page: Page | Frame) => page.getByRole('slider').first().getAttribute('aria-valuetext');
const band = (page: Page | Frame, site: string) => page.locator(`path.area-was-${site}`);
const wasLabel = (page: Page | Frame, site: string) => page.locator(`.area-was-label-${site}`);

describe('a range from a link', () => {
  it('?t=2016-04-20/2016-04-23: control at the end of 23 April, Allaya prison marked as taken from the government, the range\'s incidents', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-20/2016-04-23');
    expect(await valueText(page)).toBe('20 April 2016 – 23 April 2016');
    expect(await controlRow(page, 'Allaya prison')).toMatch(/Asayish/);
    // The inner band in the previous holder's colour (the government's blue), and its "was" line.
    await expect.poll(() => band(page, 'allaya-prison').count()).toBe(1);
    expect(await band(page, 'allaya-prison').getAttribute('data-was')).toBe('government');
    expect(await band(page, 'allaya-prison').getAttribute('stroke')).toBe('#0072b2');
    expect(await wasLabel(page, 'allaya-prison').innerText()).toBe('was: Government');
    // Centred on the area it marks (a prison: neither named on the map nor a point), whose centre its box, of no size, is on.
    const { anchor, text } = await wasLabel(page, 'allaya-prison').evaluate((label) => {
      const box = (el: Element | null) => { const r = el?.getBoundingClientRect(); return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null; };
      return { anchor: box(label), text: box(label.querySelector('.area-was-text')) };
    });
    expect(Math.abs((text?.x ?? NaN) + (text?.width ?? NaN) / 2 - (anchor?.x ?? NaN))).toBeLessThanOrEqual(1);
    expect(Math.abs((text?.y ?? NaN) + (text?.height ?? NaN) / 2 - (anchor?.y ?? NaN))).toBeLessThanOrEqual(1);
    expect(text?.width).toBeGreaterThan(20);
    // Allaya district was contested, never taken: not marked. Nothing is outlined as "recent" in a range.
    expect(await band(page, 'allaya').count()).toBe(0);
    expect(await page.locator('path.area.is-recent').count()).toBe(0);
    // The incidents of all four days: more than any one of them shows.
    const list = page.getByRole('list', { name: 'Incidents' }).getByRole('listitem');
    await expect.poll(() => list.count()).toBeGreaterThan(15);
    expect(await page.locator('.incident-marker').count()).toBeGreaterThan(15);
    expect(await list.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/checkpoint/i), expect.stringMatching(/truce/i)]));
    expect(new URL(page.url()).search).toBe('?t=2016-04-20/2016-04-23');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('axe finds no serious or critical violation with a range shown, on a phone', async () => {
    const { page } = await openApp(browser, baseUrl, '?t=2016-04-20/2016-04-23', { width: 360, height: 640 });
    await expect.poll(() => wasLabel(page, 'allaya-prison').count()).toBe(1);
    expect(seriousOrWorse(await checkPage(page, [...WCAG_TAGS, 'best-practice']))).toEqual([]);
    await page.context().close();
  });

  it('a moment looks as before: no range marks, the recent change outlined', async () => {
    const { page } = await openApp(browser, baseUrl, '?t=2016-04-21T14:00');
    await expect.poll(() => page.locator('path.area-allaya-prison.is-recent').count()).toBe(1);
    expect(await page.locator('path.area-was').count()).toBe(0);
    expect(await valueText(page)).toMatch(/^Thursday 21 April 2016, 14:00/);
    await page.context().close();
  });

  it('a turned-off layer leaves its incidents out of the range, and control off hides the marks', async () => {
    const { page } = await openApp(browser, baseUrl, '?t=2016-04-20/2016-04-23&layers=mortar');
    await expect.poll(() => page.locator('.incident-marker').count()).toBeGreaterThan(0);
    const all = await openApp(browser, baseUrl, '?t=2016-04-20/2016-04-23');
    expect(await page.locator('.incident-marker').count()).toBeLessThan(await all.page.locator('.incident-marker').count());
    expect(await page.locator('path.area-was').count()).toBe(0);
    await page.context().close();
    await all.page.context().close();
  });

  it('names a broken interval in a notice, and applies the rest of the link', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-23/2016-04-20&event=truce&layers=control,clash');
    const notice = page.getByRole('status').filter({ hasText: /“2016-04-23\/2016-04-20”/ });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.innerText()).toMatch(/ends before it starts/);
    // The incident (and so its moment) and the layers apply; no range.
    expect(await valueText(page)).toMatch(/^Friday 22 April 2016, 15:30/);
    await page.locator('#panel-layers summary').click();
    expect(await page.getByRole('checkbox', { name: 'Mortar and artillery fire' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Control of areas' }).isChecked()).toBe(true);
    expect(await page.locator('path.area-was').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in Arabic: the marks and the range in the reader\'s language', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?lang=ar&t=2016-04-20/2016-04-23');
    await expect.poll(() => wasLabel(page, 'allaya-prison').innerText()).toMatch(/^سابقاً: /);
    expect(await wasLabel(page, 'allaya-prison').innerText()).toContain('Government');
    expect(await page.locator('.area-was-label-allaya-prison [lang="ar"]').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => valueText(page)).toBe('٢٠ نيسان ٢٠١٦ – ٢٣ نيسان ٢٠١٦');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a range from the host page', () => {
  const messages = (page: Page) => page.evaluate(() => (window as unknown as { messages: { type: string }[] }).messages);
  const tell = (page: Page, m: unknown) => page.evaluate((msg) => (window as unknown as { tell: (x: unknown) => void }).tell(msg), m);
  const envelope = { protocol: 'conflict-map', version: 1 } as const;

  it('setRange shows a range and rangechange tells the host; start null leaves it', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.url}/host-range.html`);
    await expect.poll(() => page.frames().find((f) => f.url().includes('embed=1'))?.locator('path.area').count() ?? 0, { timeout: 10_000 }).toBeGreaterThan(10);
    const frame = page.frames().find((f) => f.url().includes('embed=1'));
    if (!frame) throw new Error('no map frame');
    // After "ready", the host hears that no range is shown.
    await expect.poll(() => messages(page)).toContainEqual({ ...envelope, type: 'rangechange', start: null, end: null });

    await tell(page, { ...envelope, type: 'setRange', start: '2016-04-20', end: '2016-04-23' });
    await expect.poll(() => messages(page)).toContainEqual({ ...envelope, type: 'rangechange', start: '2016-04-20T00:00:00+03:00', end: '2016-04-23T23:59:59+03:00' });
    expect(await valueText(frame)).toBe('20 April 2016 – 23 April 2016');
    await expect.poll(() => band(frame, 'allaya-prison').count()).toBe(1);
    // The full map's link carries the range.
    const full = frame.getByRole('link', { name: 'Open the full map' });
    await full.hover();
    expect(await full.getAttribute('href')).toBe(`${baseUrl}?t=2016-04-20/2016-04-23`);

    // A broken range is ignored; the next good one is answered.
    await tell(page, { ...envelope, type: 'setRange', start: '2016-04-23', end: '2016-04-20' });
    await tell(page, { ...envelope, type: 'setRange', start: '2016-04-21T06:00', end: '2016-04-21T18:30+03:00' });
    const ranges = async () => (await messages(page)).filter((m) => m.type === 'rangechange');
    await expect.poll(async () => (await ranges()).at(-1)).toEqual({ ...envelope, type: 'rangechange', start: '2016-04-21T06:00:00+03:00', end: '2016-04-21T18:30:00+03:00' });
    expect((await ranges()).length).toBe(3);
    expect(await valueText(frame)).toBe('21 April 2016, 06:00 – 21 April 2016, 18:30');

    await tell(page, { ...envelope, type: 'setRange', start: null });
    await expect.poll(async () => (await ranges()).at(-1)).toEqual({ ...envelope, type: 'rangechange', start: null, end: null });
    await expect.poll(() => valueText(frame)).toMatch(/^Thursday 21 April 2016, 18:30/);
    expect(await band(frame, 'allaya-prison').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
