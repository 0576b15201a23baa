// The source lens in Chromium: hiding a kind of source from the Sources dialog (desktop and phone)
// and from a link (Arabic); the line that says so, the map without what rests only on hidden
// sources, the link carrying sources=, a reload restoring it, and axe finding nothing serious.
// SHOTS_DIR=/some/folder keeps a screenshot of each state there, for a person to look at.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { WCAG_TAGS, checkPage, seriousOrWorse } from './axe';
import { launchChromium } from './chromium';
import { openApp, openPhone } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const shot = async (page: Page, name: string) => {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: join(process.env.SHOTS_DIR, `lens-${name}.png`) });
};
const sourcesParam = (page: Page) => new URL(page.url()).searchParams.get('sources');
/** The Sootoro counter-attack of 20 April: only Al-Masdar (as carried) and RT report it. */
const sootoro = (page: Page) => page.locator('.incident-marker[title*="Sootoro counter-attack"]').count();
const squareContested = (page: Page) => page.locator('path.area-security-square').evaluate((el) => el.classList.contains('is-contested'));
const axeFindings = async (page: Page) => seriousOrWorse(await checkPage(page, [...WCAG_TAGS, 'best-practice']));

describe('the source lens in Chromium', () => {
  it('hides a kind from the Sources dialog at 1280 × 800: the line, the map, the link, a reload', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-20');
    await expect.poll(() => sootoro(page)).toBe(1);
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sources' });
    await dialog.getByRole('checkbox', { name: 'Government or pro-government outlets (8)' }).uncheck();
    const line = page.locator('.source-lens');
    await expect.poll(() => line.innerText()).toMatch(/This map shows only some sources: 8 of 44 are hidden\. Hidden with them, as they rest only on hidden sources: 2 incidents\./);
    await expect.poll(() => sootoro(page)).toBe(0);
    await expect.poll(() => sourcesParam(page)).toBe('-kind:government_outlet');
    await dialog.getByText('Each source: Government or pro-government outlets').click();
    await shot(page, 'desktop');
    expect(await axeFindings(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.reload();
    await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });
    await expect.poll(() => line.innerText()).toMatch(/2 incidents/);
    await expect.poll(() => sootoro(page)).toBe(0);
    await line.getByRole('button', { name: 'Show all sources' }).click();
    await expect.poll(() => sootoro(page)).toBe(1);
    expect(await line.count()).toBe(0);
    await expect.poll(() => sourcesParam(page)).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('hides kinds from the phone Menu at 360 × 640: an area’s state falls back to the last one still supported', async () => {
    const { page, errors } = await openPhone(browser, `${baseUrl}?t=2016-04-21T12:00`, 640);
    // Besieged from 20 April, say Akhbar al-Aan (an international outlet) and Wikipedia (a reference work).
    expect(await squareContested(page)).toBe(true);
    await page.getByRole('button', { name: 'Menu' }).tap();
    await page.getByRole('button', { name: 'Sources', exact: true }).tap();
    const dialog = page.getByRole('dialog', { name: 'Sources' });
    await dialog.getByRole('checkbox', { name: 'International outlets (7)' }).tap();
    await dialog.getByRole('checkbox', { name: 'Reference works and databases (7)' }).tap();
    await expect.poll(() => sourcesParam(page)).toBe('-kind:international_outlet,-kind:reference');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => squareContested(page)).toBe(false);
    expect(await page.locator('.source-lens').innerText()).toMatch(/ and 3 changes of control\./);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await shot(page, 'phone');
    expect(await axeFindings(page)).toEqual([]);

    await page.reload();
    await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });
    await expect.poll(() => squareContested(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so in the embedded layout too, under its title', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?embed=1&t=2016-04-20&sources=-kind:government_outlet', { width: 360, height: 640 });
    const line = page.locator('.source-lens');
    await expect.poll(() => line.innerText()).toMatch(/8 of 44 are hidden/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await shot(page, 'embed');
    await line.getByRole('button', { name: 'Show all sources' }).click();
    await expect.poll(() => line.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('applies sources= from a link in Arabic, names what it does not know, and says so in Arabic', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?lang=ar&t=2016-04-20&sources=-kind:government_outlet,-nobody');
    const line = page.locator('.source-lens');
    await expect.poll(() => line.innerText()).toMatch(/لا تعرض هذه الخريطة إلا بعض المصادر/);
    await expect.poll(() => sootoro(page)).toBe(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /«\u2068-nobody\u2069»/ }).count()).toBe(1);
    // The link keeps what applies, in its one written form.
    await expect.poll(() => sourcesParam(page)).toBe('-kind:government_outlet');
    await line.getByRole('button', { name: 'إظهار كل المصادر' }).waitFor();
    await shot(page, 'ar');
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'المصادر', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'المصادر' });
    expect(await dialog.getByRole('checkbox', { name: 'وسائل إعلام حكومية أو موالية للحكومة (٨)' }).isChecked()).toBe(false);
    await shot(page, 'ar-dialog');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
