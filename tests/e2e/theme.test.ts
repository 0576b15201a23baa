// theme=dark|auto and plain=1 in Chromium: dark colours that axe accepts (full app, embed, a dialog
// open), auto following the system's choice live, the plain embedded layout without its header, and
// a light page that never fetches the dark stylesheet.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { WCAG_TAGS, checkPage, seriousOrWorse } from './axe';
import { launchChromium } from './chromium';
import { recordViolations, violationsIn } from './csp-violations';
import { openApp } from './page';
import { serveStatic } from './static-server';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: { url: string; server: Server };

// Two frames of the same view, one plain: each reports the height it wants (embed.js's message).
const hostPage = `<!doctype html><html><head><link rel="icon" href="data:,"></head><body>
<iframe id="plain" src="${baseUrl}?embed=1&amp;plain=1&amp;t=2016-04-21T12:00" title="Plain map" width="360" height="480"></iframe>
<iframe id="framed" src="${baseUrl}?embed=1&amp;t=2016-04-21T12:00" title="Map" width="360" height="480"></iframe>
<script src="/listen.js"></script></body></html>`;
const listen = `window.heights = {};
addEventListener('message', (e) => {
  for (const f of document.querySelectorAll('iframe')) {
    if (e.source === f.contentWindow && e.data && e.data.type === 'resize') window.heights[f.id] = e.data.height;
  }
});`;

beforeAll(async () => {
  browser = await launchChromium();
  host = await serveStatic('examples', { '/plain-host.html': hostPage, '/listen.js': listen });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.server.close(resolve));
});

/** The relative luminance (WCAG) of a computed CSS colour such as "rgb(22, 24, 27)". */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  if (r === undefined || g === undefined || b === undefined) throw new Error(`not a colour: ${css}`);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const background = (target: Page | Frame, selector: string) => target.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
const pageGround = (target: Page | Frame) => target.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const themeMark = (target: Page | Frame) => target.evaluate(() => document.documentElement.dataset.theme ?? null);
/** The page is shown (app.css hides a page marked dark until theme-dark.css is there). */
const shown = (target: Page | Frame) => target.evaluate(() => getComputedStyle(document.getElementById('app') as HTMLElement).visibility);

/** The timeline track's canvas, as the mean lightness (0–1) of its painted pixels: mostly its ground. */
const trackLightness = (target: Page | Frame) => target.locator('.timeline-backdrop canvas').first().evaluate((c: HTMLCanvasElement) => {
  const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
  let sum = 0;
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if ((data[i + 3] as number) < 255) continue;
    sum += ((data[i] as number) + (data[i + 1] as number) + (data[i + 2] as number)) / 765;
    n++;
  }
  return n === 0 ? Number.NaN : sum / n;
});

/** axe over the whole page takes about 6 s on a quiet machine; the tests that run it twice get room for a loaded one. */
const TWO_AXE_RUNS_MS = 60_000;

async function expectAxeAccepts(page: Page, state: string): Promise<void> {
  const report = await checkPage(page, [...WCAG_TAGS, 'best-practice']);
  expect(seriousOrWorse(report), `axe in "${state}"`).toEqual([]);
}

describe('theme=dark', () => {
  it('gives the full app dark page, header, panels, timeline and map, which axe accepts, with a dialog open too', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?theme=dark&t=2016-04-21T14:30');
    await expect.poll(() => shown(page)).toBe('visible');
    expect(await themeMark(page)).toBe('dark');
    for (const part of ['html', '.app-header', '.sidebar', '.timeline', '.map']) {
      expect(luminance(part === 'html' ? await pageGround(page) : await background(page, part)), part).toBeLessThan(0.05);
    }
    // The basemap's paths are restyled by the stylesheet, over their presentation attributes.
    expect(luminance(await page.locator('path.basemap-city').evaluate((el) => getComputedStyle(el).fill))).toBeLessThan(0.05);
    // The track's canvas paints its own ground: dark too.
    await expect.poll(() => trackLightness(page)).toBeLessThan(0.3);
    await expectAxeAccepts(page, 'dark full app');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.getByRole('button').nth(1).waitFor();
    expect(luminance(await background(page, 'dialog'))).toBeLessThan(0.05);
    await expectAxeAccepts(page, 'dark full app, Share dialog');
    // The link shared keeps the colours the page was opened with.
    expect(await dialog.getByRole('textbox').first().inputValue()).toMatch(/[?&]theme=dark(&|$)/);
    expect(errors).toEqual([]);
    await page.context().close();
  }, TWO_AXE_RUNS_MS);

  it('passes axe with the Legend and About panels unfolded, a range\'s changes shown and an incident\'s popup open', async () => {
    const { page } = await openApp(browser, baseUrl, '?theme=dark&t=2016-04-20/2016-04-23');
    await expect.poll(() => shown(page)).toBe('visible');
    for (const panel of ['Legend', 'About the data and sources']) await page.getByText(panel, { exact: true }).click();
    await page.getByRole('heading', { name: /^Sources \(\d+\)$/ }).waitFor();
    await page.locator('.legend-icon svg').first().waitFor();
    await page.locator('.area-was-text').first().waitFor();
    await expectAxeAccepts(page, 'dark, range, panels unfolded');
    await page.locator('path.area-hilaliya').click();
    await page.locator('.leaflet-popup-content h2').waitFor();
    await expect.poll(() => page.locator('.leaflet-popup').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(luminance(await background(page, '.leaflet-popup-content-wrapper'))).toBeLessThan(0.05);
    await expectAxeAccepts(page, 'dark, area popup');
    await page.context().close();
  }, TWO_AXE_RUNS_MS);

  it('gives the embedded layout dark colours that axe accepts, with its list unfolded', async () => {
    const { page } = await openApp(browser, baseUrl, '?embed=1&theme=dark&t=2016-04-21T12:00', { width: 360, height: 560 });
    await expect.poll(() => shown(page)).toBe('visible');
    expect(luminance(await background(page, '.embed-header'))).toBeLessThan(0.05);
    expect(luminance(await background(page, '.leaflet-control-zoom-in'))).toBeLessThan(0.05);
    await page.getByText('Incidents', { exact: true }).click();
    await page.getByRole('list', { name: 'Incidents' }).waitFor();
    await expectAxeAccepts(page, 'dark embed');
    const full = page.getByRole('link', { name: 'Open the full map' });
    await full.hover();
    expect(await full.getAttribute('href')).toBe(`${baseUrl}?t=2016-04-21T12:00&theme=dark`);
    await page.context().close();
  });

  it('loads its stylesheet as a file under the page\'s policy (style-src \'self\'): no inline style is refused', async () => {
    const context = await browser.newContext();
    await recordViolations(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?theme=dark`);
    await expect.poll(() => shown(page)).toBe('visible');
    expect(await page.locator('link[rel="stylesheet"][href*="theme-dark"]').count()).toBe(1);
    expect(await violationsIn(page)).toEqual([]);
    await context.close();
  });
});

describe('theme=auto', () => {
  it('follows the system\'s choice, dark and back to light, as it changes', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}?theme=auto`);
    await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });
    await expect.poll(() => shown(page)).toBe('visible');
    expect(await themeMark(page)).toBe('dark');
    expect(luminance(await background(page, '.app-header'))).toBeLessThan(0.05);
    await expect.poll(() => trackLightness(page)).toBeLessThan(0.3);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => themeMark(page)).toBe('light');
    expect(luminance(await background(page, '.app-header'))).toBeGreaterThan(0.9);
    expect(luminance(await pageGround(page))).toBeGreaterThan(0.9);
    // The canvases paint again with the page's colours.
    await expect.poll(() => trackLightness(page)).toBeGreaterThan(0.8);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => themeMark(page)).toBe('dark');
    expect(luminance(await background(page, '.app-header'))).toBeLessThan(0.05);
    await expect.poll(() => trackLightness(page)).toBeLessThan(0.3);
    await context.close();
  });

  it('stays light on a light system, without fetching the dark stylesheet', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(`${baseUrl}?theme=auto`);
    await expect.poll(() => themeMark(page)).toBe('light');
    await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });
    expect(fetched.filter((u) => u.includes('theme-dark'))).toEqual([]);
    expect(luminance(await background(page, '.app-header'))).toBeGreaterThan(0.9);
    await context.close();
  });
});

describe('a page without theme=', () => {
  it('is light and fetches neither the dark stylesheet nor the code that follows a theme', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(`${baseUrl}?t=2016-04-21T14:30`);
    await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });
    await page.getByRole('table', { name: 'Who controls what' }).waitFor();
    expect(fetched.some((u) => u.includes('/assets/index-'))).toBe(true);
    expect(fetched.filter((u) => /\/assets\/theme/.test(u))).toEqual([]);
    expect(await themeMark(page)).toBeNull();
    expect(luminance(await background(page, '.app-header'))).toBeGreaterThan(0.9);
    await context.close();
  });

  it('says so, naming the parameter and the value, when theme= cannot be read', async () => {
    const { page } = await openApp(browser, baseUrl, '?theme=sepia');
    await page.getByText('The theme “sepia” could not be read (expected light, dark or auto), so the light colours are shown.').waitFor();
    expect(await themeMark(page)).toBeNull();
    await page.context().close();
  });
});

describe('plain=1', () => {
  it('shows no header; the title stays for screen readers and the corner link opens the full map', async () => {
    const { page } = await openApp(browser, baseUrl, '?embed=1&plain=1&t=2016-04-21T12:00', { width: 360, height: 560 });
    expect(await page.locator('header').count()).toBe(0);
    const title = page.getByRole('heading', { level: 1, name: 'Qamishlo (Qamishli) clashes, 20–23 April 2016' });
    expect(await title.count()).toBe(1);
    const box = await title.boundingBox();
    expect((box?.width ?? 0) * (box?.height ?? 0)).toBeLessThanOrEqual(1);
    // The language switch goes with the header.
    expect(await page.getByRole('combobox', { name: 'Language' }).count()).toBe(0);

    const full = page.getByRole('link', { name: 'Open the full map' });
    expect(await full.isVisible()).toBe(true);
    expect(await full.getAttribute('href')).toBe(`${baseUrl}?t=2016-04-21T12:00&plain=1`);
    expect(await full.getAttribute('target')).toBe('_blank');
    // In the map's corner, clear of the zoom buttons and the attribution.
    const link = await full.boundingBox();
    const map = await page.locator('.embed-map').boundingBox();
    if (!link || !map) throw new Error('no box');
    expect(link.y).toBeLessThan(map.y + 20);
    expect(link.x + link.width).toBeGreaterThan(map.x + map.width - 20);
    for (const control of ['.leaflet-control-zoom', '.leaflet-control-attribution']) {
      const c = await page.locator(control).boundingBox();
      if (!c) throw new Error(`no ${control}`);
      const overlaps = link.x < c.x + c.width && c.x < link.x + link.width && link.y < c.y + c.height && c.y < link.y + link.height;
      expect(overlaps, control).toBe(false);
    }

    // The first stop for a keyboard, with a visible ring.
    await page.keyboard.press('Tab');
    expect(await full.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await full.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')]);
    await popup.waitForLoadState('domcontentloaded');
    expect(popup.url()).toBe(`${baseUrl}?t=2016-04-21T12:00&plain=1`);
    await page.context().close();
  });

  it('asks its frame for less height than the layout with a header', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}/plain-host.html`);
    const heights = () => page.evaluate(() => (window as unknown as { heights: Record<string, number> }).heights);
    await expect.poll(async () => Object.keys(await heights()).length, { timeout: 10_000 }).toBe(2);
    const { plain, framed } = await heights() as { plain: number; framed: number };
    expect(plain).toBeGreaterThan(200);
    expect(plain).toBeLessThan(framed);
    await page.close();
  });

  it('passes axe in dark, with no header', async () => {
    const { page } = await openApp(browser, baseUrl, '?embed=1&plain=1&theme=dark', { width: 360, height: 560 });
    await expect.poll(() => shown(page)).toBe('visible');
    await expectAxeAccepts(page, 'dark plain embed');
    await page.context().close();
  });
});
