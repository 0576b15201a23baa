// The Claims switch in Chromium: after the truce it marks the bakery at the stadium, where the
// pro-government account names another holder than the map's assessment; the popup and the table
// show each claim with its claimant and sources; claims=1 in a link opens it on; at desktop and phone
// sizes, in the embedded layout, in Arabic and in the dark theme; axe finds nothing serious.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { WCAG_TAGS, checkPage, seriousOrWorse } from './axe';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { miniWithClaims } from '../helpers/claims-dataset';
import { textsOf } from '../helpers/raw-dataset';
import { launchChromium } from './chromium';
import { serveFixture } from './fixture-route';
import { controlRow, openApp } from './page';

const baseUrl = inject('baseUrl');
const SHOTS = '/work/shots';
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const BAKERY = 'Automatic bakery at the municipal stadium';
/** The claimant's dots round the bakery's mark (under them, a light casing). */
const dots = (page: Page | Frame, site: string) => page.locator(`.leaflet-overlay-pane [data-claimant].area-claim-${site}`);
const tag = (page: Page | Frame, site: string) => page.locator(`.area-claim-label-${site}`);
const claimsOn = (page: Page) => new URL(page.url()).searchParams.get('claims');
/** The row of claims under an area's row in "Who controls what" (empty when there is none). */
const claimsRow = (page: Page, site: string) => page.locator(`.control-table tr[data-site="${site}"] + tr.claims-row`).innerText({ timeout: 2_000 }).catch(() => '');

async function expectNoSeriousViolation(page: Page | Frame, state: string): Promise<void> {
  const report = await checkPage(page as Page, [...WCAG_TAGS, 'best-practice']);
  expect(seriousOrWorse(report), `axe in "${state}"`).toEqual([]);
}

describe('the Claims switch', () => {
  it('marks the bakery after the truce; the table and the popup show each claim with claimant and sources (1280×800)', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-23');
    await page.getByText('Layers', { exact: true }).click();
    const toggle = page.getByRole('switch', { name: 'Claims' });
    expect(await toggle.isChecked()).toBe(false);
    expect(await dots(page, 'bakery-stadium').count()).toBe(0);

    await toggle.click();
    await expect.poll(() => dots(page, 'bakery-stadium').count()).toBe(1);
    expect(await dots(page, 'bakery-stadium').getAttribute('data-claimant')).toBe('government');
    expect(await dots(page, 'bakery-stadium').getAttribute('stroke')).toBe('#0072b2');
    expect(await tag(page, 'bakery-stadium').innerText()).toBe('Government claims: NDF');
    // Where every claim agrees with the assessment (the prison, the Corniche), nothing is marked.
    expect(await tag(page, 'allaya-prison').count()).toBe(0);
    expect(await tag(page, 'corniche').count()).toBe(0);
    await expect.poll(() => claimsOn(page)).toBe('1');

    // The table: the assessment in the area's row, the claims in a row under it.
    await expect.poll(() => claimsRow(page, 'bakery-stadium')).toMatch(/Government says: NDF holds it/);
    expect(await controlRow(page, BAKERY)).toMatch(/^Automatic bakery[^\n]*\s+Asayish \(contested\)/);
    const bakery = await claimsRow(page, 'bakery-stadium');
    expect(bakery).toMatch(/^Claims\s+Government says: NDF holds it \(claims otherwise; a claim only\)\s+Wikipedia \(English\)/);
    expect(bakery).toMatch(/Government says: NDF holds it \(claims otherwise; a claim only\)\s+Al-Masdar News and Fars News Agency/);
    expect(bakery).toMatch(/Asayish says: Asayish holds it \(supports the assessment\)\s+ARA News, The New Arab, carrying AFP and PA-X Peace Agreements Database/);
    expect(await claimsRow(page, 'allaya-prison')).toMatch(/Government says: Asayish holds it \(supports the assessment\)/);
    expect(await claimsRow(page, 'allaya')).toBe('');
    await page.getByText('Legend', { exact: true }).click();
    await page.getByText(/A party claims another holder/).waitFor();
    await page.screenshot({ path: `${SHOTS}/claims-desktop.png` });
    await page.locator('#panel-control').screenshot({ path: `${SHOTS}/claims-table.png` });

    // The bakery's popup: the assessment, then each claim with its claimant and its sources.
    await page.locator('.site-marker.site-bakery-stadium').click();
    const block = page.locator('.leaflet-popup-content .popup-control-claims');
    await block.waitFor();
    await expect.poll(() => page.locator('.leaflet-popup').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    const items = block.locator(':scope > ul > li');
    expect(await items.locator(':scope > strong').allInnerTexts()).toEqual([
      'This map’s assessment: ', 'Government says: NDF holds it', 'Government says: NDF holds it', 'Asayish says: Asayish holds it',
    ]);
    expect(await items.nth(3).innerText()).toMatch(/ARA News, “Kurds refuse any concessions to the Syrian government in Qamishlo”/);
    expect(await items.nth(1).innerText()).toMatch(/Wikipedia \(English\), “Battle of Qamishli \(2016\)”/);
    await block.scrollIntoViewIfNeeded();
    await page.locator('.leaflet-popup').screenshot({ path: `${SHOTS}/claims-popup.png` });
    await expectNoSeriousViolation(page, 'claims on, bakery popup open');

    // Off again: the marks and the column go, and the link forgets it.
    await page.keyboard.press('Escape');
    await toggle.click();
    await expect.poll(() => dots(page, 'bakery-stadium').count()).toBe(0);
    expect(await page.locator('tr.claims-row').count()).toBe(0);
    await expect.poll(() => claimsOn(page)).toBe(null);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens marked from a link with claims=1, and marks only from the claim\'s time', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-21T18:00&claims=1');
    // The retake account (Wikipedia citing Al-Masdar) holds from the evening of 21 April.
    await expect.poll(() => dots(page, 'bakery-stadium').count()).toBe(1);
    await page.getByText('Layers', { exact: true }).click();
    expect(await page.getByRole('switch', { name: 'Claims' }).isChecked()).toBe(true);
    // An hour before, no claim was in force.
    await page.goto(`${baseUrl}?t=2016-04-21T17:00&claims=1`);
    // The prison's claims hold from the truce, the bakery's retake account from 18:00: no row yet.
    await expect.poll(() => controlRow(page, BAKERY)).toMatch(/Asayish/);
    expect(await page.locator('tr.claims-row').count()).toBe(0);
    expect(await dots(page, 'bakery-stadium').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works on a phone (360×640), in the full app and in the embedded layout', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-23&claims=1', { width: 360, height: 640 });
    await expect.poll(() => dots(page, 'bakery-stadium').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/claims-phone.png` });
    await page.goto(`${baseUrl}?embed=1&t=2016-04-23`);
    const toggle = page.getByRole('switch', { name: 'Claims' });
    await toggle.click();
    await expect.poll(() => dots(page, 'bakery-stadium').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.screenshot({ path: `${SHOTS}/claims-phone-embed.png` });
    await expectNoSeriousViolation(page, 'embedded, phone, claims on');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('speaks Arabic: the switch, the mark, the column and the popup', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?lang=ar&t=2016-04-23&claims=1');
    await expect.poll(() => tag(page, 'bakery-stadium').innerText().catch(() => '')).toMatch(/يدّعي/);
    await expect.poll(() => claimsRow(page, 'bakery-stadium')).toMatch(/^الادعاءات/);
    await page.getByText('الطبقات', { exact: true }).click();
    expect(await page.getByRole('switch', { name: 'الادعاءات' }).isChecked()).toBe(true);
    await page.locator('.site-marker.site-bakery-stadium').click();
    await page.locator('.leaflet-popup-content .popup-control-claims h3', { hasText: 'التقدير والادعاءات' }).waitFor();
    await expect.poll(() => page.locator('.leaflet-popup').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.screenshot({ path: `${SHOTS}/claims-arabic.png` });
    await expectNoSeriousViolation(page, 'Arabic, claims on, popup open');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks an area drawn as a polygon with dots inside its edge (invented dataset)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-mini-'));
    for (const [name, text] of textsOf(miniWithClaims())) writeFileSync(join(dir, name), text);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await serveFixture(context, 'claims-mini', { dir });
    const page = await context.newPage();
    await page.goto(`${baseUrl}?data=fixtures/claims-mini/dataset.json&t=2016-04-22T06:00&claims=1`);
    // Blue claims the south from the start, and the jail (a point) from the 22nd; the north has no claim.
    await expect.poll(() => dots(page, 'south').count()).toBe(1);
    expect(await dots(page, 'south').evaluate((el) => el.tagName)).toBe('path');
    expect(await dots(page, 'south').getAttribute('stroke')).toBe('#0072b2');
    expect(await dots(page, 'south').getAttribute('stroke-dasharray')).toBe('0.1 7');
    expect(await tag(page, 'south').innerText()).toBe('Blue claims: Blue');
    await expect.poll(() => dots(page, 'jail').count()).toBe(1);
    expect(await dots(page, 'north').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/claims-polygon-invented.png` });
    await context.close();
  });

  it('stays legible in the dark theme', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?theme=dark&t=2016-04-23&claims=1&map=16/37.05220/41.23140');
    await expect.poll(() => dots(page, 'bakery-stadium').count()).toBe(1);
    // The casing under the dots turns dark with the page.
    const casing = page.locator('.area-claim-casing.area-claim-bakery-stadium');
    await expect.poll(() => casing.evaluate((el) => getComputedStyle(el).stroke)).toBe('rgba(22, 24, 27, 0.92)');
    await page.screenshot({ path: `${SHOTS}/claims-dark.png` });
    await expectNoSeriousViolation(page, 'dark theme, claims on');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
