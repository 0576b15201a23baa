// Opens the app in a fresh Chromium page and records console errors and page errors.
import type { Browser, CDPSession, Page } from 'playwright-core';

export interface AppPage {
  page: Page;
  errors: string[];
}

export async function openApp(browser: Browser, baseUrl: string, query = '', viewport = { width: 1280, height: 800 }): Promise<AppPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseUrl + query);
  await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });
  return { page, errors };
}

/** A phone: `height` × 360 CSS pixels, a touch screen, a mobile viewport; with a DevTools session for real touch and pen input. */
export async function openPhone(browser: Browser, url: string, height: number): Promise<AppPage & { cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 360, height }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });
  return { page, cdp: await context.newCDPSession(page), errors };
}

/** Moves the timeline by keyboard, as a reader would. */
export async function pressOnTimeline(page: Page, key: string, times = 1): Promise<void> {
  // The timeline's slider comes first, whatever language its name is in (a range's end handles follow it).
  const slider = page.getByRole('slider').first();
  await slider.focus();
  for (let i = 0; i < times; i++) await slider.press(key);
}

/** The text of the "Who controls what" row for an area. */
export async function controlRow(page: Page, area: string): Promise<string> {
  const table = page.getByRole('table', { name: 'Who controls what' });
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: area, exact: true }) }).innerText();
}

/**
 * The map's zoom once it has settled (NaN before the reader first moves the map): the link's `map=`
 * is written when a zoom or pan ends, after the marks are placed again, so a changed zoom there
 * means the map has finished moving.
 */
export async function mapZoom(page: Page): Promise<number> {
  const view = new URL(page.url()).searchParams.get('map');
  return view === null ? Number.NaN : Number(view.split('/')[0]);
}
