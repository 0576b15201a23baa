import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { controlRow, mapZoom, openApp, pressOnTimeline } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('the map in Chromium', () => {
  it('draws one shape for every area in the data, a table row for every area held, and the site markers, with no console errors', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    // What the data says: areas are sites drawn as polygons; the table lists every site with a holder.
    const sites = (JSON.parse(readFileSync('data/sites.geojson', 'utf8')) as { features: { id: string; geometry: { type: string } }[] }).features;
    const held = (JSON.parse(readFileSync('data/control.json', 'utf8')) as { initial: { site: string }[] }).initial.map((i) => i.site);
    const areaIds = sites.filter((f) => /Polygon$/.test(f.geometry.type)).map((f) => f.id);
    expect(areaIds.length).toBeGreaterThanOrEqual(11);
    expect(await page.locator('path.area').count()).toBe(areaIds.length);
    for (const id of areaIds) expect(await page.locator(`path.area-${id}`).count(), id).toBe(1);
    const rows = page.getByRole('table', { name: 'Who controls what' }).locator('tbody tr:not(.row-spacer)');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(held.length);
    await expect.poll(() => page.locator('.site-marker').count()).toBeGreaterThanOrEqual(6);
    const box = await page.locator('path.area-allaya-prison').boundingBox();
    expect(box && box.width > 2 && box.height > 2).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moving the timeline from 20 to 22 April hands Allaya prison to the Asayish in the table and on the map', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    const prison = page.locator('path.area-allaya-prison');
    expect(await controlRow(page, 'Allaya prison')).toMatch(/Government/);
    const fillBefore = await prison.getAttribute('fill');
    expect(fillBefore?.toLowerCase()).toBe('#0072b2');

    await pressOnTimeline(page, 'PageUp', 2);
    await expect.poll(() => page.getByRole('slider', { name: 'Time shown on the map' }).getAttribute('aria-valuetext'))
      .toMatch(/^Friday 22 April 2016, 00:00, local time \(UTC\+03:00\)$/);
    expect(await controlRow(page, 'Allaya prison')).toMatch(/Asayish/);
    expect(await controlRow(page, 'Allaya prison')).toMatch(/21 April 2016, 12:00/);
    expect((await prison.getAttribute('fill'))?.toLowerCase()).toBe('#e69f00');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a popup with sources for an incident chosen from the list', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    const list = page.getByRole('list', { name: 'Incidents' });
    await list.getByRole('button', { name: /truce/i }).first().click();
    const popup = page.locator('.leaflet-popup-content');
    await expect.poll(() => popup.count()).toBe(1);
    // The body replaces a placeholder once the popups' code (and their words) have loaded.
    await expect.poll(() => popup.innerText()).toMatch(/22 April 2016, 15:30/);
    const text = await popup.innerText();
    expect(text).toMatch(/Sources/);
    expect(await popup.locator('.popup-sources li').count()).toBeGreaterThan(0);
    const link = popup.getByRole('link', { name: /Asharq al-Awsat/ });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.getByRole('slider', { name: 'Time shown on the map' }).getAttribute('aria-valuetext')).toMatch(/22 April 2016, 15:30/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps every incident mark clickable, and a click opens its popup with sources', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    await pressOnTimeline(page, 'PageUp', 1);
    await pressOnTimeline(page, 'ArrowRight', 14);
    const markers = page.locator('.incident-marker');
    const count = await markers.count();
    expect(count).toBeGreaterThanOrEqual(5);
    // A trial click fails when anything (another mark, a site icon) covers the mark.
    for (let i = 0; i < count; i++) await markers.nth(i).click({ trial: true, timeout: 2000 });
    // Zoomed out, marks crowd closer together and are placed again.
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => mapZoom(page)).not.toBeNaN();
    const zoomedOut = await mapZoom(page);
    for (let i = 0; i < count; i++) await markers.nth(i).click({ trial: true, timeout: 2000 });
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => mapZoom(page)).toBe(zoomedOut + 1);
    const capture = page.locator('.incident-capture').first();
    await capture.click();
    const popup = page.locator('.leaflet-popup-content');
    await expect.poll(() => popup.locator('h2').innerText()).toBe((await capture.getAttribute('title'))?.replace(/^[^:]+: /, ''));
    expect(await popup.locator('.popup-sources li').count()).toBeGreaterThan(0);
    expect(await popup.innerText()).toMatch(/Casualties, as claimed/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a 360 × 640 phone with nothing scrolling sideways', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '', { width: 360, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    // The researchers' actions are folded into the header's Menu on a phone.
    await page.getByRole('button', { name: 'Menu' }).click();
    for (const name of ['Share', 'Cite', 'Embed', 'Export', 'Load data', 'Sources']) {
      const button = page.getByRole('button', { name, exact: true });
      const box = await button.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360, name).toBe(true);
      expect(await button.evaluate((b) => b.scrollWidth <= b.clientWidth), `${name} is not clipped`).toBe(true);
    }
    const mapBox = await page.locator('.map').boundingBox();
    expect(mapBox?.width).toBeLessThanOrEqual(360);
    expect(mapBox?.height).toBeGreaterThan(200);
    await page.keyboard.press('Escape');
    // Panels are folded on a phone, and open on demand.
    const details = page.locator('details#panel-incidents');
    expect(await details.getAttribute('open')).toBeNull();
    await details.locator('summary').click();
    expect(await details.getAttribute('open')).not.toBeNull();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
