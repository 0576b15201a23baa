// Details on a phone (360 × 560, a touch screen), in the embedded layout and the full app: a mark's
// details open in a sheet along the map's bottom edge, wholly inside the map and clear of the zoom
// buttons, its body scrolling; Escape, the close button and a swipe down close it. On a wide screen
// the popup stays as it was. The full app's header folds the researchers' actions into a Menu.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { checkPage } from './axe';
import { launchChromium } from './chromium';
import { openApp, openPhone as openPhoneAt } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const CAPTURE = 'Kurdish forces capture Allaya prison';

/** A phone, 560 px tall (page.ts). */
const openPhone = (query: string) => openPhoneAt(browser, baseUrl + query, 560);

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} has no box`);
  return box;
}

/** Whether `inner` lies wholly inside `outer` (to half a pixel). */
const inside = (inner: Box, outer: Box) => inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5
  && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

/** The sheet of details named by its title, once it has its look and has stopped moving in. */
async function sheetNamed(page: Page, title: string): Promise<Locator> {
  const sheet = page.getByRole('dialog', { name: title });
  await sheet.locator('.popup-sources li').first().waitFor();
  await expect.poll(() => sheet.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  let last = '';
  // Settled: its box is the same on two polls in a row (it slides and the map pans as it opens).
  await expect.poll(async () => {
    const now = JSON.stringify(await sheet.boundingBox());
    const same = now === last;
    last = now;
    return same;
  }).toBe(true);
  return sheet;
}

/** The sheet lies wholly inside the map and the page, below the zoom buttons, its close button a 44-px target inside the page. */
async function expectSheetFits(page: Page, sheet: Locator): Promise<void> {
  const map = await boxOf(page.locator('.map'));
  const box = await boxOf(sheet);
  const viewport = { x: 0, y: 0, width: 360, height: 560 };
  expect(inside(box, map), `sheet ${JSON.stringify(box)} inside map ${JSON.stringify(map)}`).toBe(true);
  expect(inside(box, viewport)).toBe(true);
  const zoom = await boxOf(page.locator('.leaflet-control-zoom'));
  expect(box.y, 'the sheet starts below the zoom buttons').toBeGreaterThan(zoom.y + zoom.height);
  // The map shows above it: at most about 60% of the map is covered.
  expect(box.height).toBeLessThanOrEqual(map.height * 0.6 + 1);
  const close = await boxOf(sheet.getByRole('button', { name: 'Close popup' }));
  expect(inside(close, box) && inside(close, viewport)).toBe(true);
  expect(Math.min(close.width, close.height)).toBeGreaterThanOrEqual(44);
}

/** A finger put on `from` and drawn down by `dy` pixels (up if negative), through the DevTools protocol's touch input. */
async function swipe(cdp: CDPSession, from: { x: number; y: number }, dy: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...from, id: 1 }] });
  for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x, y: from.y + (dy * i) / 8, id: 1 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function handleOf(sheet: Locator): Promise<{ x: number; y: number }> {
  const handle = await boxOf(sheet.locator('.sheet-handle'));
  return { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
}

const captureMark = (page: Page) => page.getByRole('button', { name: `Capture: ${CAPTURE}`, exact: true });

describe('details on a phone', () => {
  for (const [layout, query] of [['embedded', '?embed=1&t=2016-04-21T12:30'], ['full app', '?t=2016-04-21T12:30']] as const) {
    it(`${layout}: a tapped mark's details open in a sheet inside the map, clear of the zoom buttons, the mark in view above it; its body scrolls; Escape closes it`, async () => {
      const { page, cdp, errors } = await openPhone(query);
      await captureMark(page).tap();
      const sheet = await sheetNamed(page, CAPTURE);
      await expectSheetFits(page, sheet);
      // The chosen mark stays marked, in view above the sheet.
      const mark = await boxOf(page.locator('.incident-marker.is-selected'));
      const map = await boxOf(page.locator('.map'));
      const box = await boxOf(sheet);
      expect(mark.y).toBeGreaterThanOrEqual(map.y);
      expect(mark.y + mark.height, 'the mark is above the sheet').toBeLessThanOrEqual(box.y);

      // Longer than the sheet: a finger scrolls the body inside it (and leaves the map where it is),
      // and its last source comes into view within it.
      const body = sheet.locator('.leaflet-popup-content');
      expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight + 20)).toBe(true);
      const mapPane = () => page.locator('.leaflet-map-pane').evaluate((el) => getComputedStyle(el).transform);
      const panned = await mapPane();
      const inBody = await boxOf(body);
      await swipe(cdp, { x: inBody.x + inBody.width / 2, y: inBody.y + inBody.height - 10 }, -80);
      await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(20);
      expect(await mapPane()).toBe(panned);
      const lastSource = sheet.locator('.popup-sources li').last();
      await lastSource.scrollIntoViewIfNeeded();
      expect(inside(await boxOf(lastSource), box)).toBe(true);
      expect(inside(await boxOf(sheet), box), 'the sheet itself did not move').toBe(true);

      await page.keyboard.press('Escape');
      await expect.poll(() => sheet.count()).toBe(0);
      expect(await page.locator('.incident-marker.is-selected').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('keeps the sheet in place when a control deep in its body is brought into view, as focus and a tap do', async () => {
    const { page, errors } = await openPhone('?t=2016-04-21T12:30&event=prison-capture');
    const sheet = await sheetNamed(page, CAPTURE);
    // Read in one task: the map's box scrolled by the browser would be put back by Leaflet a frame
    // later, under a finger already down (a tap on Cite then landed on the text beside it).
    const moved = await sheet.getByRole('button', { name: 'Cite', exact: true }).evaluate((button) => {
      const map = button.closest('.leaflet-container');
      // The sheet's place in the map (the page itself may scroll to the button).
      const sheetBox = () => (button.closest('.leaflet-popup')?.getBoundingClientRect().y ?? Number.NaN) - (map?.getBoundingClientRect().y ?? Number.NaN);
      const before = sheetBox();
      button.scrollIntoView({ block: 'center' });
      return { sheet: sheetBox() - before, map: [map?.scrollTop, map?.scrollLeft] };
    });
    expect(moved).toEqual({ sheet: 0, map: [0, 0] });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('closes by its close button, and on a swipe down its handle (not on a short one)', async () => {
    const { page, cdp, errors } = await openPhone('?t=2016-04-21T12:30');
    await captureMark(page).tap();
    let sheet = await sheetNamed(page, CAPTURE);
    await sheet.getByRole('button', { name: 'Close popup' }).tap();
    await expect.poll(() => sheet.count()).toBe(0);

    // Swipes last: Chrome lets a tap that stops a swipe's fling do nothing, by design.
    await captureMark(page).tap();
    sheet = await sheetNamed(page, CAPTURE);
    const before = await boxOf(sheet);
    // A short pull springs back.
    await swipe(cdp, await handleOf(sheet), 20);
    await expect.poll(async () => (await boxOf(sheet)).y).toBeCloseTo(before.y, 0);
    expect(new URL(page.url()).searchParams.get('event')).toBe('prison-capture');
    // A long one closes the sheet and lets go of the incident.
    await swipe(cdp, await handleOf(sheet), 120);
    await expect.poll(() => sheet.count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens from the keyboard with focus in the sheet, and gives focus back to the mark on Escape', async () => {
    const { page, errors } = await openPhone('?t=2016-04-21T12:30');
    const mark = captureMark(page);
    await mark.focus();
    await page.keyboard.press('Space');
    const sheet = await sheetNamed(page, CAPTURE);
    expect(await sheet.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
    expect(await mark.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a link with event= opens the sheet, inside the frame, in Arabic laid out right to left', async () => {
    const { page, errors } = await openPhone('?embed=1&lang=ar&t=2016-04-21T14:30&event=prison-capture');
    const sheet = await sheetNamed(page, CAPTURE);
    await expectSheetFits(page, sheet);
    expect(await sheet.getAttribute('dir')).toBe('rtl');
    // Mirrored: the close button at the sheet's left end.
    const box = await boxOf(sheet);
    const close = await boxOf(sheet.getByRole('button', { name: 'Close popup' }));
    expect(close.x - box.x).toBeLessThan(box.x + box.width - (close.x + close.width));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('axe finds nothing with the sheet open', async () => {
    for (const query of ['?embed=1&t=2016-04-21T12:30&event=prison-capture', '?t=2016-04-21T12:30&event=prison-capture']) {
      const { page } = await openPhone(query);
      await sheetNamed(page, CAPTURE);
      const report = await checkPage(page);
      expect(report.findings, query).toEqual([]);
      await page.context().close();
    }
  });

  it('on a wide screen, the mark opens a Leaflet popup by its mark, as before', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-21T12:30');
    await captureMark(page).click();
    const popup = page.locator('.leaflet-popup-pane .leaflet-popup');
    await popup.locator('.popup-sources li').first().waitFor();
    expect(await popup.getAttribute('class')).not.toMatch(/is-sheet/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    // The popup's tip points at the mark.
    const tip = await boxOf(popup.locator('.leaflet-popup-tip-container'));
    const mark = await boxOf(page.locator('.incident-marker.is-selected'));
    expect(Math.abs(tip.x + tip.width / 2 - (mark.x + mark.width / 2))).toBeLessThan(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the full app\'s header on a phone', () => {
  it('folds Share, Cite, Embed, Export and Load data into a Menu, which Escape and a press outside fold again; Share opens from it', async () => {
    const { page, errors } = await openPhone('?t=2016-04-21T12:30');
    const header = page.locator('header.app-header');
    const height = (await boxOf(header)).height;
    console.log(`header height at 360 px: ${height.toFixed(1)} px`);
    // Before the Menu it was 157 px: title, time zone, language and four buttons on four rows.
    expect(height).toBeLessThan(100);

    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    const list = page.locator(`#${await menu.getAttribute('aria-controls')}`);
    const names = ['Share', 'Cite', 'Embed', 'Export', 'Load data', 'Sources'];
    for (const name of names) expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);

    await menu.tap();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    expect(await list.getByRole('listitem').count()).toBe(names.length);
    for (const name of names) {
      const item = list.getByRole('button', { name, exact: true });
      expect(inside(await boxOf(item), { x: 0, y: 0, width: 360, height: 560 }), name).toBe(true);
    }
    // Tab goes from the Menu button into its list.
    await menu.focus();
    await page.keyboard.press('Tab');
    expect(await list.getByRole('button', { name: 'Share' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

    // A press outside folds it.
    await menu.tap();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('heading', { level: 1 }).tap();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');

    // Share from the Menu: the dialog opens, and on closing gives focus back to the Menu button.
    await menu.tap();
    await list.getByRole('button', { name: 'Share' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the five buttons in a row on a wide screen, with no Menu', async () => {
    const { page } = await openApp(browser, baseUrl);
    expect(await page.getByRole('button', { name: 'Menu' }).count()).toBe(0);
    const tops = [];
    for (const name of ['Share', 'Cite', 'Embed', 'Export', 'Load data', 'Sources']) tops.push((await boxOf(page.getByRole('button', { name, exact: true }))).y);
    expect(new Set(tops).size).toBe(1);
    await page.context().close();
  });
});
