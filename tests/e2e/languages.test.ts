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

  it('tells an Arabic reader in Arabic that a part of the link was ignored', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?lang=ar&t=2016-13-45');
    const notice = page.getByRole('status').filter({ hasText: 'تعذّرت قراءة الوقت «\u20682016-13-45\u2069» الوارد في الرابط، لذا جرى تجاهله.' });
    await notice.waitFor();
    // Isolated from the Arabic around it, the value reads in its own order: 2016 left of 45.
    const x = (needle: string) => notice.locator('span').evaluate((el, n) => {
      const text = el.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf(n));
      range.setEnd(text, text.data.indexOf(n) + n.length);
      return range.getBoundingClientRect().x;
    }, needle);
    expect(await x('2016')).toBeLessThan(await x('45'));
    await notice.getByRole('button', { name: /^إغلاق: / }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('words an incident\'s casualty claims in Arabic, figures in Arabic digits, each claimant apart', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?lang=ar&event=sohr-casualty-figures');
    const claims = page.locator('.leaflet-popup .popup-claims li');
    await expect.poll(() => claims.count()).toBe(2);
    const early = claims.filter({ hasText: 'SOHR (via Xinhua, early)' });
    // At least 10 killed on the government side (NDF), and 20 captured: the source's group in its own words.
    expect(await early.innerText()).toContain('مقتل ما لا يقل عن ١٠ عناصر من الجانب الحكومي (\u2068NDF\u2069)');
    expect(await early.innerText()).toContain('أسر ٢٠ عنصراً من الجانب الحكومي');
    expect(await page.locator('.leaflet-popup h3').allInnerTexts()).toContain('الضحايا، بحسب كل طرف');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('words notices and casualty claims in Kurmanji', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?lang=ku&t=2016-13-45&event=sohr-casualty-figures');
    await page.getByRole('status').filter({ hasText: 'Dema “2016-13-45” ya di girêdanê de nehat xwendin' }).waitFor();
    const claims = page.locator('.leaflet-popup .popup-claims li');
    await expect.poll(() => claims.filter({ hasText: 'SOHR (via Vice, final)' }).innerText())
      .toContain('ji hêzên hikûmetê 22 kes hatin kuştin (government side)');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names the map\'s own controls and credits its basemap in the reader\'s language, following a switch', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?lang=ar');
    await page.getByRole('button', { name: 'تكبير' }).waitFor();
    expect(await page.getByRole('button', { name: 'تصغير' }).count()).toBe(1);
    expect(await page.locator('.leaflet-control-attribution').innerText()).toContain('خريطة أساسية تخطيطية من البيانات');
    await page.getByRole('combobox', { name: 'اللغة' }).selectOption('en');
    await page.getByRole('button', { name: 'Zoom in' }).waitFor();
    expect(await page.getByRole('button', { name: 'تكبير' }).count()).toBe(0);
    const credit = await page.locator('.leaflet-control-attribution').innerText();
    expect(credit).toContain('Schematic basemap from the dataset');
    expect(credit).not.toContain('خريطة');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
