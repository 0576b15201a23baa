// The app from the keyboard alone: Tab order to the timeline, the map and its controls and marks,
// and dialogs that keep focus inside and give it back.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { openApp } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** What has focus, as a reader would name it: its role or tag and its accessible name. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return 'body';
  const name = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent?.trim().slice(0, 40) ?? '';
  return `${el.getAttribute('role') ?? el.tagName.toLowerCase()}: ${name}`;
});

/** Presses Tab until focus is on what `wanted` matches; returns every stop on the way. */
async function tabTo(page: Page, wanted: RegExp, max = 120): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    stops.push(now);
    if (wanted.test(now)) return stops;
  }
  throw new Error(`Tab never reached ${wanted}; stops: ${stops.join(' → ')}`);
}

/** The map view the page's link records (it is written a moment after the map moves). */
function linkedView(page: Page): { zoom: number; lat: number; lon: number } | null {
  const view = new URL(page.url()).searchParams.get('map');
  if (view === null) return null;
  const [zoom, lat, lon] = view.split('/').map(Number);
  return { zoom: zoom as number, lat: lat as number, lon: lon as number };
}

const valueText = (page: Page) => page.getByRole('slider', { name: 'Time shown on the map' }).getAttribute('aria-valuetext');

describe('from the keyboard', () => {
  it('Tab reaches the timeline after the header, the map and its zoom buttons, and the keys move the time', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    const stops = await tabTo(page, /^slider: Time shown on the map/);
    const at = (pattern: RegExp) => stops.findIndex((s) => pattern.test(s));
    // The language switch comes first, then the header's buttons.
    expect(at(/^select: English/)).toBe(0);
    expect(at(/^button: Share/)).toBe(1);
    expect(at(/^region: Map/)).toBeGreaterThan(at(/^button: Load data/));
    expect(at(/^button: Zoom in/)).toBeGreaterThan(at(/^region: Map/));
    expect(at(/^button: Play/)).toBeGreaterThan(at(/^button: Zoom out/));

    expect(await valueText(page)).toMatch(/^Wednesday 20 April 2016, 00:00/);
    await page.keyboard.press('ArrowRight');
    expect(await valueText(page)).toMatch(/^Wednesday 20 April 2016, 01:00/);
    await page.keyboard.press('PageUp');
    expect(await valueText(page)).toMatch(/^Thursday 21 April 2016, 01:00/);
    await page.keyboard.press('ArrowLeft');
    expect(await valueText(page)).toMatch(/^Thursday 21 April 2016, 00:00/);
    await page.keyboard.press('End');
    expect(await valueText(page)).toMatch(/^Monday 25 April 2016, 00:00/);
    await page.keyboard.press('Home');
    expect(await valueText(page)).toMatch(/^Wednesday 20 April 2016, 00:00/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pans the focused map with the arrows and zooms it with + and the zoom buttons (Enter and Space)', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    await tabTo(page, /^region: Map/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => linkedView(page)).not.toBeNull();
    const start = linkedView(page) as { zoom: number; lon: number };
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => linkedView(page)?.lon).toBeLessThan(start.lon);
    await page.keyboard.press('+');
    await expect.poll(() => linkedView(page)?.zoom).toBe(start.zoom + 1);

    await tabTo(page, /^button: Zoom in/);
    await page.keyboard.press('Enter');
    await expect.poll(() => linkedView(page)?.zoom).toBe(start.zoom + 2);
    await page.keyboard.press('Space');
    await expect.poll(() => linkedView(page)?.zoom).toBe(start.zoom + 3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a site\'s popup with Enter, and selects an incident with Space on its mark', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-21T12:30');
    await tabTo(page, /^button: Qamishli Airport/);
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup-content [data-site="qamishli-airport"]').waitFor();

    await tabTo(page, /^button: Capture: Kurdish forces capture Allaya prison/);
    await page.keyboard.press('Space');
    await page.locator('.leaflet-popup-content [data-incident="prison-capture"]').waitFor();
    const row = page.getByRole('list', { name: 'Incidents' }).getByRole('button', { name: /Kurdish forces capture Allaya prison/ });
    expect(await row.getAttribute('aria-current')).toBe('true');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const [button, dialog, presses] of [['Share', 'Share this view', 2], ['Cite', 'Cite this dataset', 3], ['Embed', 'Embed this map', 4], ['Export', 'Export data', 5], ['Load data', 'Load data', 6], ['Sources', 'Sources', 7]] as const) {
    it(`keeps focus inside the ${dialog} dialog, closes it with Escape or its Close button, and gives focus back to ${button}`, async () => {
      const { page, errors } = await openApp(browser, baseUrl);
      for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(`button: ${button}`);
      await page.keyboard.press('Enter');
      const box = page.getByRole('dialog', { name: dialog });
      await box.waitFor();
      const insideDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('dialog')));
      await expect.poll(insideDialog).toBe(true);
      // Round the dialog's controls more than once, both ways: focus never leaves it.
      const controls = await box.locator('button, input, select, textarea, a[href]').count();
      for (const key of ['Tab', 'Shift+Tab']) {
        for (let i = 0; i < 2 * controls + 1; i++) {
          await page.keyboard.press(key);
          expect(await insideDialog(), `${key} ×${i + 1}: ${await focused(page)}`).toBe(true);
        }
      }
      await page.keyboard.press('Escape');
      await box.waitFor({ state: 'detached' });
      expect(await focused(page)).toBe(`button: ${button}`);

      // Open again with Space, close with the Close button: focus comes back again.
      await page.keyboard.press('Space');
      await box.waitFor();
      await tabTo(page, /^button: Close$/, 2 * controls);
      await page.keyboard.press('Enter');
      await box.waitFor({ state: 'detached' });
      expect(await focused(page)).toBe(`button: ${button}`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
