// ACLED and UCDP CSV exports loaded through Load data in Chromium, by the file input and by drop:
// the counts and the bad rows, then the imported dataset on the map, the timeline, the list, a popup
// and the exports; Cancel during a big import leaves the dataset as it was; axe finds nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { acledCsv } from '../../bench/acled-rows';
import { checkPage } from './axe';
import { launchChromium } from './chromium';
import { serveFixture } from './fixture-route';
import { openApp } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

async function loadDataDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Load data' }).click();
  return page.getByRole('dialog', { name: 'Load data' });
}

/** Drops a file on the dialog's drop zone as a reader's drag from the desktop does. */
async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const text = readFileSync(path, 'utf8');
  const transfer = await page.evaluateHandle(([t, n]) => {
    const data = new DataTransfer();
    data.items.add(new File([t], n, { type: 'text/csv' }));
    return data;
  }, [text, name] as const);
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

describe('Load data with a CSV export', () => {
  it('imports an ACLED file chosen with the file input: counts, bad rows, map, timeline, list, popup and exports', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    const dialog = await loadDataDialog(page);
    await dialog.getByLabel('Choose files, or drop them here').setInputFiles('tests/fixtures/acled/malformed.csv');
    await dialog.getByText('2 rows kept, 9 rows with problems').waitFor();
    expect(await dialog.innerText()).toMatch(/Recognised: ACLED export/);
    expect(await dialog.innerText()).toMatch(/maps incidents only/);
    const rows = dialog.getByRole('region', { name: 'Rows with problems' }).getByRole('row');
    expect(await rows.filter({ hasText: '31 April 2016' }).innerText()).toMatch(/^3\s+event_date\s+31 April 2016\s+is not a date/);
    expect(await rows.filter({ hasText: 'a few' }).innerText()).toMatch(/^11\s+fatalities\s+a few\s/);
    const [problems] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download the problems as CSV' }).click()]);
    expect(problems.suggestedFilename()).toBe('malformed_problems.csv');
    expect(readFileSync(await problems.path(), 'utf8').split('\r\n').slice(0, 3)).toEqual([
      'row,column,value,problem', '3,event_date,31 April 2016,"is not a date ACLED writes (2016-04-21, 21 April 2016, 21-April-2016, 21 Apr 2016)"', '4,latitude,95,is outside -90 to 90',
    ]);
    await dialog.getByRole('button', { name: 'Show the map' }).click();

    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('ACLED export: malformed.csv');
    // The timeline runs from the first kept event's day to the end of the last one's.
    const slider = page.getByRole('slider').first();
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/^Thursday 21 April 2016, 00:00/);
    await slider.press('End');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toMatch(/^Sunday 24 April 2016, 00:00/);
    await slider.press('Home');
    // Both kept events are listed, the first drawn on the map at the dataset's start.
    const list = page.getByRole('list', { name: 'Incidents' });
    await expect.poll(() => list.getByRole('button').allInnerTexts()).toEqual([expect.stringMatching(/21 April 2016[\s\S]*on the map/), expect.stringMatching(/23 April 2016/)]);
    await list.getByRole('button', { name: /Armed clash: Testville/ }).first().click();
    const popup = page.locator('.leaflet-popup .popup[data-incident="TST7001"]');
    await popup.waitFor();
    expect(await popup.locator('.popup-when').innerText()).toMatch(/^When: 21 April 2016/);
    await popup.getByText('As coded by ACLED').click();
    await expect.poll(() => popup.locator('.popup-original dl').innerText()).toMatch(/event_type\s+Battles[\s\S]*sub_event_type\s+Armed clash/);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export data' });
    const [geojson] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Download GeoJSON snapshot' }).click()]);
    const fc = JSON.parse(readFileSync(await geojson.path(), 'utf8')) as { features: { id: string; properties: { original?: { fields: Record<string, string> } } }[] };
    expect(fc.features.find((f) => f.id === 'TST7001')?.properties.original?.fields).toMatchObject({ event_type: 'Battles', sub_event_type: 'Armed clash' });
    const [csv] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Download CSV' }).click()]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText).toMatch(/\r\nTST7001,/);
    // The original columns, read on the page only when asked (core/original-fields.ts), are in the export.
    const exported = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true }).data;
    expect(exported.find((r) => r.id === 'TST7001')).toMatchObject({ original_dataset: 'ACLED', 'original: event_type': 'Battles', 'original: sub_event_type': 'Armed clash' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the imported map in its final room: the notice of what was loaded comes with it, not a frame later', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    // Every height the map's area takes from now on (a ResizeObserver tells each frame's last).
    await page.evaluate(() => {
      const heights: number[] = [];
      (window as unknown as { mapHeights: number[] }).mapHeights = heights;
      new ResizeObserver((entries) => { for (const e of entries) heights.push(Math.round(e.contentRect.height)); }).observe(document.querySelector('.map-area') as Element);
    });
    const dialog = await loadDataDialog(page);
    await dialog.getByLabel('Choose files, or drop them here').setInputFiles('tests/fixtures/acled/iso-dates.csv');
    await dialog.getByRole('button', { name: 'Show the map' }).click();
    await page.getByRole('heading', { level: 1, name: /^ACLED export: / }).waitFor();
    await page.locator('.notices li').first().waitFor();
    const heights = await page.evaluate(() => (window as unknown as { mapHeights: number[] }).mapHeights);
    // Its first height (the observer's first call), then one change: the new page's header and notice together.
    expect(heights).toHaveLength(2);
    expect(heights[1]).toBeLessThan(heights[0] as number);
    expect(errors).toEqual([]);
  });

  it('imports a UCDP GED file dropped on the dialog, and a file of neither codebook names the columns it needed', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    const dialog = await loadDataDialog(page);
    await dropFile(page, 'tests/fixtures/ucdp/malformed.csv', 'ucdp-malformed.csv');
    await dialog.getByText(/rows kept, \d+ rows? with problems/).waitFor();
    expect(await dialog.innerText()).toMatch(/Recognised: UCDP GED/);
    expect(await dialog.getByRole('region', { name: 'Rows with problems' }).getByRole('row').count()).toBeGreaterThan(1);
    await dialog.getByRole('button', { name: 'Show the map' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('UCDP GED export: ucdp-malformed.csv');
    await page.getByRole('list', { name: 'Incidents' }).getByRole('button').first().waitFor();

    const again = await loadDataDialog(page);
    const dir = mkdtempSync(join(tmpdir(), 'csv-'));
    writeFileSync(join(dir, 'other.csv'), 'name,when,where\nInvented row,2016-04-21,Testville\n');
    await again.getByLabel('Choose files, or drop them here').setInputFiles(join(dir, 'other.csv'));
    await again.getByText(/neither an ACLED export nor a UCDP GED export/).waitFor();
    expect(await again.innerText()).toMatch(/event_id_cnty and event_date[\s\S]*date_start and where_prec[\s\S]*header has: name, when, where/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('UCDP GED export: ucdp-malformed.csv');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Cancel during a big import stops it and leaves the dataset as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csv-big-'));
    const file = join(dir, 'big.csv');
    writeFileSync(file, acledCsv({ rows: 100_000, seed: 7 }));
    const { page, errors } = await openApp(browser, baseUrl);
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    const dialog = await loadDataDialog(page);
    await dialog.getByLabel('Choose files, or drop them here').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.getByText('The import was cancelled.', { exact: false }).waitFor();
    expect(await dialog.locator('.csv-result').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    expect(await page.locator('.leaflet-overlay-pane path.area').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads the file on the page, the same way, where the loading worker cannot start', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    let refused = 0;
    await page.context().route(/load-worker-[\w-]+\.js$/, (route) => { refused += 1; return route.fulfill({ status: 404, body: 'blocked' }); });
    const dialog = await loadDataDialog(page);
    await dialog.getByLabel('Choose files, or drop them here').setInputFiles('tests/fixtures/ucdp/ged.csv');
    await dialog.getByText(/rows? kept, 0 rows with problems/).waitFor();
    expect(refused).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Show the map' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('UCDP GED export: ged.csv');
    // The refused worker script is the only error.
    expect(errors.filter((e) => !/load-worker|404|Failed to load/i.test(e))).toEqual([]);
    await page.context().close();
  });

  it('opens a CSV export a link names with ?data=, its left-out rows listed as warnings, and keeps data= in shared links', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await serveFixture(context, 'ucdp');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}?data=fixtures/ucdp/malformed.csv`);
    await page.getByRole('heading', { level: 1, name: 'UCDP GED export: malformed.csv' }).waitFor();
    await page.getByRole('list', { name: 'Incidents' }).getByRole('button').first().waitFor();
    const problems = page.getByRole('alert', { name: /problems in the data/ });
    expect(await problems.getByRole('row').filter({ hasText: 'left out' }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Share' }).click();
    expect(await page.getByRole('textbox', { name: 'Link to this view' }).inputValue()).toMatch(/[?&]data=fixtures\/ucdp\/malformed\.csv/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a download link that names no format as the CSV export its response says it is', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // As a data portal answers: the file's type and name in the headers, none in the address.
    await context.route(/\/downloads\/export\?id=7$/, (route) => route.fulfill({
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="invented-acled.csv"' },
      body: readFileSync('tests/fixtures/acled/iso-dates.csv'),
    }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}?data=${encodeURIComponent('downloads/export?id=7')}`);
    await page.getByRole('heading', { level: 1, name: 'ACLED export: invented-acled.csv' }).waitFor();
    await page.getByRole('list', { name: 'Incidents' }).getByRole('button').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('axe finds nothing on the dialog with a CSV result, nor on the map of the imported dataset', async () => {
    const { page } = await openApp(browser, baseUrl);
    const dialog = await loadDataDialog(page);
    await dialog.getByLabel('Choose files, or drop them here').setInputFiles('tests/fixtures/acled/malformed.csv');
    await dialog.getByText('2 rows kept, 9 rows with problems').waitFor();
    expect((await checkPage(page)).findings).toEqual([]);
    await dialog.getByRole('button', { name: 'Show the map' }).click();
    await page.getByRole('list', { name: 'Incidents' }).getByRole('button').first().waitFor();
    expect((await checkPage(page)).findings).toEqual([]);
    await page.context().close();
  });
});
