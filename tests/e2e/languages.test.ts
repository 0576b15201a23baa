// The interface in Arabic and Kurdish: chosen by the link or on screen, Arabic right to left with
// the map and the timeline still the right way round, names falling back visibly to English.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { openApp } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('languages', () => {
  it('lays the page out right to left in Arabic, with Arabic words, dates and digits', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?lang=ar&t=2016-04-22T14:00');
    const table = page.getByRole('table', { name: 'من يسيطر على ماذا' });
    await table.waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.getByRole('columnheader').allInnerTexts()).toEqual(expect.arrayContaining(['المنطقة', 'تحت سيطرة', 'منذ']));
    // The sidebar moves to the left of the map; the map and the timeline keep running left to right.
    const map = await page.getByRole('region', { name: 'الخريطة' }).boundingBox();
    const sidebar = await page.getByRole('complementary', { name: 'التفاصيل' }).boundingBox();
    expect(sidebar && map && sidebar.x < map.x).toBe(true);
    expect(await page.locator('.leaflet-container').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    const slider = page.getByRole('slider', { name: 'الوقت المعروض على الخريطة' });
    expect(await slider.getAttribute('aria-valuetext')).toContain('٢٢ نيسان ٢٠١٦');
    const before = Number(await slider.getAttribute('aria-valuenow'));
    await slider.focus();
    await slider.press('ArrowRight');
    expect(Number(await slider.getAttribute('aria-valuenow'))).toBe(before + 60);
    // A place with no Arabic name shows its English one, marked as such, never an empty label.
    const fallback = table.locator('.name-fallback').first();
    expect(await fallback.getAttribute('lang')).toBe('en');
    expect(await fallback.getAttribute('title')).toMatch(/لا يوجد اسم مسجّل باللغة/);
    expect((await fallback.innerText()).trim()).not.toBe('');
    // Place names on the map and the basemap are in Arabic where the data has them.
    expect(await page.locator('.area-label [lang="ar"]').count()).toBeGreaterThan(5);
    expect(await page.locator('.basemap-river [lang="ar"], .basemap-line-label [lang="ar"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches language on screen, keeps it in the link, and opens popups in it', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-21T12:00');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ku');
    await page.getByRole('table', { name: 'Kî li ku derê kontrol dike' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ku', 'ltr']);
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('ku');
    await page.getByRole('list', { name: 'Bûyer' }).getByRole('button').first().click();
    await expect.poll(() => page.locator('.leaflet-popup').innerText()).toMatch(/Kengê:[\s\S]*Çavkanî/);
    // And back to English: every word returns.
    await page.getByRole('combobox', { name: 'Ziman' }).selectOption('en');
    await page.getByRole('table', { name: 'Who controls what' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
