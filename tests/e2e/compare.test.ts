// The compare view in Chromium: a range's start and end on two maps whose pan and zoom stay in step,
// side by side on a desktop (and mirrored in Arabic), one at a time with a switch on a phone and in
// the embedded layout; by pointer and keyboard; axe in each of these states.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { WCAG_TAGS, checkPage, seriousOrWorse } from './axe';
import { launchChromium } from './chromium';
import { openApp, pressOnTimeline } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const RANGE = '?t=2016-04-20/2016-04-23';
const PHONE = { width: 360, height: 640 };
const START_MAP = '.map.compare-start';
const END_MAP = '.map-area > .map:not(.compare-start)';
const search = (page: Page) => decodeURIComponent(new URL(page.url()).search);
const compareButton = (page: Page, name = 'Compare') => page.getByRole('button', { name, exact: true });

interface Box { x: number; y: number; width: number; height: number }

/** Where an area is drawn inside a map, relative to that map's corner (null while it is not drawn). */
async function areaIn(page: Page, map: string, site: string): Promise<Box | null> {
  return page.evaluate(([mapSelector, siteClass]) => {
    const container = document.querySelector(mapSelector);
    const path = container?.querySelector(`path.area.area-${siteClass}`);
    if (!container || !path) return null;
    const c = container.getBoundingClientRect();
    const p = path.getBoundingClientRect();
    return { x: p.x - c.x, y: p.y - c.y, width: p.width, height: p.height };
  }, [map, site] as const);
}

/**
 * Whether the two maps show the same place at the same scale, to a pixel: every named mark (a site's
 * or an incident's) shown on both sits at the same place in each. Marks, not areas: Leaflet clips an
 * area's outline to a margin around the view that each map sets when it last stopped moving.
 */
async function inStep(page: Page): Promise<boolean> {
  return page.evaluate(([startSelector, endSelector]) => {
    const places = (selector: string) => {
      const container = document.querySelector(selector);
      const out = new Map<string, DOMRect>();
      if (!container) return out;
      const c = container.getBoundingClientRect();
      for (const mark of container.querySelectorAll('.leaflet-marker-icon[title]')) {
        const p = mark.getBoundingClientRect();
        out.set(mark.getAttribute('title') ?? '', new DOMRect(p.x - c.x, p.y - c.y, p.width, p.height));
      }
      return out;
    };
    const [a, b] = [places(startSelector), places(endSelector)];
    const both = [...a.keys()].filter((k) => b.has(k));
    return both.length > 0 && both.every((k) => {
      const [x, y] = [a.get(k)!, b.get(k)!];
      return Math.abs(x.x + x.width / 2 - (y.x + y.width / 2)) <= 1 && Math.abs(x.y + x.height / 2 - (y.y + y.height / 2)) <= 1;
    });
  }, [START_MAP, END_MAP] as const);
}

/** Long enough for a busy machine: a poll ends as soon as its condition holds. */
const SETTLED = { timeout: 10_000 };

const controllerIn = (page: Page, map: string, site: string) => page.locator(`${map} path.area.area-${site}`).getAttribute('data-controller');

describe('compare, side by side (1280 × 800)', () => {
  it('shows the range\'s start beside its end, each labelled with its time; the prison changes hands between them', async () => {
    const { page, errors } = await openApp(browser, baseUrl, RANGE);
    await compareButton(page).click();
    await expect.poll(() => search(page), SETTLED).toBe(`${RANGE}&compare=1`);
    expect(await compareButton(page).getAttribute('aria-pressed')).toBe('true');
    // Times are isolated from the words around them (for right-to-left languages): \u2068…\u2069.
    await page.getByRole('region', { name: /^Map at the start of the range, \u2068?20 April 2016, 00:00\u2069?$/ }).waitFor();
    expect(await page.locator('.compare-label-start').innerText()).toMatch(/^Start: \u2068?20 April 2016, 00:00\u2069?$/);
    expect(await page.locator('.compare-label-end').innerText()).toMatch(/^End: \u2068?23 April 2016, 23:59\u2069?$/);
    expect(await page.locator('.compare-label-end').isVisible()).toBe(true);
    // The app's map is the end's, and says so to screen readers.
    expect(await page.locator(END_MAP).getAttribute('aria-describedby')).toBe('compare-end-label');
    // Allaya prison: the government's at the start, the Asayish's at the end (marked as changed there only).
    await expect.poll(() => controllerIn(page, START_MAP, 'allaya-prison'), SETTLED).toBe('government');
    expect(await controllerIn(page, END_MAP, 'allaya-prison')).toBe('asayish');
    expect(await page.locator(`${START_MAP} path.area-was-allaya-prison`).count()).toBe(0);
    expect(await page.locator(`${END_MAP} path.area-was-allaya-prison`).count()).toBe(1);
    // Side by side, the start on the left: the same size, one beside the other.
    const [a, b] = [await page.locator(START_MAP).boundingBox(), await page.locator(END_MAP).boundingBox()];
    expect(a && b && a.x < b.x && Math.abs(a.y - b.y) < 1 && Math.abs(a.width - b.width) < 4).toBe(true);
    await expect.poll(() => inStep(page), SETTLED).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps pan and zoom in step, whichever map the reader moves', async () => {
    const { page } = await openApp(browser, baseUrl, `${RANGE}&compare=1`);
    await page.locator(`${START_MAP} path.area`).first().waitFor({ state: 'attached' });
    await expect.poll(() => inStep(page), SETTLED).toBe(true);
    // Zanoud is near the middle, so it stays in view as the map zooms.
    const before = await areaIn(page, END_MAP, 'zanoud');
    // Zoom in on the start map: the end map follows.
    await page.locator(`${START_MAP} .leaflet-control-zoom-in`).click();
    await expect.poll(async () => (await areaIn(page, END_MAP, 'zanoud'))?.width ?? 0, SETTLED).toBeGreaterThan((before?.width ?? 0) * 1.3);
    await expect.poll(() => inStep(page), SETTLED).toBe(true);
    // Drag the end map: the start map follows.
    const zoomed = await areaIn(page, START_MAP, 'zanoud');
    const box = await page.locator(END_MAP).boundingBox();
    if (!box || !zoomed) throw new Error('no map');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await areaIn(page, START_MAP, 'zanoud'))?.x ?? zoomed.x, SETTLED).toBeLessThan(zoomed.x - 100);
    await expect.poll(() => inStep(page), SETTLED).toBe(true);
    // The view the reader chose goes into the link, once.
    await expect.poll(() => search(page), SETTLED).toMatch(/&map=\d/);
    await page.context().close();
  });

  it('turned off, gives the end map its room back at the view it had (the closing map does not zoom it in)', async () => {
    const { page } = await openApp(browser, baseUrl, RANGE);
    await page.locator(`${END_MAP} path.area-zanoud`).waitFor({ state: 'attached' });
    const width = async () => (await page.locator(END_MAP).boundingBox())?.width ?? 0;
    const [fullWidth, before] = [await width(), await areaIn(page, END_MAP, 'zanoud')];
    await compareButton(page).click();
    await expect.poll(width, SETTLED).toBeLessThan(fullWidth * 0.6);
    await compareButton(page).click();
    await expect.poll(() => page.locator(START_MAP).count(), SETTLED).toBe(0);
    await expect.poll(width, SETTLED).toBe(fullWidth);
    // Resize observers report before the frame after the layout they saw is painted: two frames on,
    // every map has heard of its new size.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await areaIn(page, END_MAP, 'zanoud');
    expect(after?.width ?? 0).toBeGreaterThan((before?.width ?? 0) * 0.5);
    expect(after?.width ?? Infinity).toBeLessThan((before?.width ?? 0) * 2);
    await page.context().close();
  });

  it('by keyboard: the button toggles it, Escape on the timeline ends the range and the compare view with it', async () => {
    const { page } = await openApp(browser, baseUrl, RANGE);
    await compareButton(page).focus();
    await page.keyboard.press('Space');
    await page.locator(START_MAP).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(START_MAP).count(), SETTLED).toBe(0);
    expect(await compareButton(page).getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Enter');
    await page.locator(START_MAP).waitFor();
    await pressOnTimeline(page, 'Escape');
    await expect.poll(() => page.locator(START_MAP).count(), SETTLED).toBe(0);
    await expect.poll(() => search(page), SETTLED).not.toMatch(/compare/);
    expect(await compareButton(page).count()).toBe(0);
    await page.context().close();
  });

  it('axe finds nothing serious with the two maps shown', async () => {
    const { page } = await openApp(browser, baseUrl, `${RANGE}&compare=1`);
    await page.locator(`${START_MAP} path.area`).first().waitFor();
    expect(seriousOrWorse(await checkPage(page, [...WCAG_TAGS, 'best-practice']))).toEqual([]);
    await page.context().close();
  });

  it('in Arabic, right to left: the start on the right, labelled in Arabic', async () => {
    const { page } = await openApp(browser, baseUrl, `${RANGE}&compare=1&lang=ar`);
    await page.getByRole('region', { name: /^الخريطة في بداية الفترة/ }).waitFor();
    const [a, b] = [await page.locator(START_MAP).boundingBox(), await page.locator(END_MAP).boundingBox()];
    expect(a && b && a.x > b.x).toBe(true);
    expect(await page.locator('.compare-label-start').innerText()).toMatch(/^البداية: /);
    await expect.poll(() => inStep(page), SETTLED).toBe(true);
    expect(seriousOrWorse(await checkPage(page, [...WCAG_TAGS, 'best-practice']))).toEqual([]);
    await page.context().close();
  });

  it('compare=1 without a range: one map, and a notice that says why', async () => {
    const { page } = await openApp(browser, baseUrl, '?t=2016-04-21T10:00&compare=1');
    const notice = page.getByRole('status').filter({ hasText: /compare two maps but shows no time range/ });
    await expect.poll(() => notice.count(), SETTLED).toBe(1);
    expect(await page.locator(START_MAP).count()).toBe(0);
    await page.context().close();
  });
});

describe('compare, one map at a time (phone and embedded layout)', () => {
  for (const query of [`${RANGE}&compare=1`, `${RANGE}&compare=1&embed=1`]) {
    it(`${query} at 360 × 640: a switch shows the start or the end, by pointer and by keyboard`, async () => {
      const { page, errors } = await openApp(browser, baseUrl, query, PHONE);
      const startRadio = page.getByRole('radio', { name: /^Start/ });
      const endRadio = page.getByRole('radio', { name: /^End/ });
      await startRadio.waitFor({ state: 'attached' });
      expect(await endRadio.isChecked()).toBe(true);
      await page.locator(`${START_MAP} path.area`).first().waitFor({ state: 'attached' });
      // One map on screen: the end's, as large as the map alone would be.
      expect(await page.locator(START_MAP).isVisible()).toBe(false);
      expect(await page.locator(END_MAP).isVisible()).toBe(true);
      expect((await page.locator(END_MAP).boundingBox())?.width).toBeGreaterThan(340);
      // The switch, the map and the timeline stack without overlapping.
      const [bar, area, timeline] = await Promise.all(['.compare-bar', '.map-area', '.timeline'].map((s) => page.locator(s).first().boundingBox()));
      if (!bar || !area || !timeline) throw new Error('a part of the layout is missing');
      expect(bar.y).toBeGreaterThanOrEqual(area.y);
      expect((await page.locator(END_MAP).boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
      expect(area.y + area.height).toBeLessThanOrEqual(timeline.y + 1);
      // By pointer: the start.
      await page.getByText('Start', { exact: true }).click();
      await expect.poll(() => page.locator(START_MAP).isVisible(), SETTLED).toBe(true);
      expect(await page.locator(END_MAP).isVisible()).toBe(false);
      expect(await controllerIn(page, START_MAP, 'allaya-prison')).toBe('government');
      // By keyboard: arrows move between the two.
      await startRadio.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => endRadio.isChecked(), SETTLED).toBe(true);
      await expect.poll(() => page.locator(END_MAP).isVisible(), SETTLED).toBe(true);
      expect(await page.locator(START_MAP).isVisible()).toBe(false);
      // Both maps share the view, so the switch never jumps.
      expect(await inStep(page)).toBe(true);
      expect(seriousOrWorse(await checkPage(page, [...WCAG_TAGS, 'best-practice']))).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('in Arabic in the embedded layout: the switch in Arabic, axe finds nothing serious', async () => {
    const { page } = await openApp(browser, baseUrl, `${RANGE}&compare=1&embed=1&lang=ar`, PHONE);
    const startRadio = page.getByRole('radio', { name: /^البداية/ });
    await startRadio.waitFor({ state: 'attached' });
    await page.getByText('البداية', { exact: true }).click();
    await expect.poll(() => page.locator(START_MAP).isVisible(), SETTLED).toBe(true);
    expect(seriousOrWorse(await checkPage(page, [...WCAG_TAGS, 'best-practice']))).toEqual([]);
    await page.context().close();
  });
});
