import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getIssues } from '@placemarkio/check-geojson';
import { launchChromium } from './chromium';
import { controlRow, openApp, pressOnTimeline } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const filesIn = (dir: string) => readdirSync(dir).filter((f) => /\.(geo)?json$/.test(f)).map((f) => `${dir}/${f}`);

describe('research exports and imports in Chromium', () => {
  it('Export GeoJSON downloads a valid snapshot whose Allaya prison has the controller at that moment', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-21T14:30');
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export data' });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download GeoJSON snapshot' }).click()]);
    expect(download.suggestedFilename()).toBe('qamishlo-2016-04_2016-04-21T1430.geojson');
    const text = readFileSync(await download.path(), 'utf8');
    expect(getIssues(text)).toEqual([]);
    const fc = JSON.parse(text) as { snapshot: { at: string }; features: { id: string; properties: Record<string, unknown> }[] };
    expect(fc.snapshot.at).toBe('2016-04-21T14:30:00+03:00');
    expect(fc.features.find((f) => f.id === 'allaya-prison')?.properties).toMatchObject({ controller: 'asayish', contested: false });

    const [csv] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('qamishlo-2016-04_1.2.0_incidents.csv');
    expect(readFileSync(await csv.path(), 'utf8').split('\r\n')[0]).toMatch(/^id,type,title,start/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says in the file which layer filters applied', async () => {
    const { page } = await openApp(browser, baseUrl, '?t=2016-04-21T14:30&layers=control,clash');
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export data' });
    expect(await dialog.innerText()).toMatch(/Layers you have hidden are left out/);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download GeoJSON snapshot' }).click()]);
    const fc = JSON.parse(readFileSync(await download.path(), 'utf8')) as { snapshot: { filters: { layers: string[] } } };
    expect(fc.snapshot.filters.layers).toEqual(['control', 'clash']);
    await page.context().close();
  });

  it('loads the invented example dataset from ?data=, and keeps data= in shared links', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?data=examples/datasets/invented-town/dataset.json');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/EXAMPLE ONLY: Millbrook/);
    expect(await controlRow(page, 'Mill District')).toMatch(/River Guild/);
    await pressOnTimeline(page, 'PageUp', 1);
    await pressOnTimeline(page, 'ArrowRight', 10);
    expect(await controlRow(page, 'Mill District')).toMatch(/Hill Council/);
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/data=examples/);
    await page.getByRole('button', { name: 'Share' }).click();
    expect(await page.getByRole('textbox', { name: 'Link to this view' }).inputValue()).toMatch(/[?&]data=examples\/datasets\/invented-town\/dataset\.json/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('imports a dataset from chosen files and shows it', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Load data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Load data' });
    await dialog.getByLabel('Choose files, or drop them here').setInputFiles(filesIn('examples/datasets/invented-town'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Millbrook/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Loaded “EXAMPLE ONLY/ }).count()).toBe(1);
    expect(await page.locator('path.area').count()).toBe(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('imports files dropped on the dialog', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Load data' }).click();
    const files = filesIn('examples/datasets/invented-town').map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), text: readFileSync(path, 'utf8') }));
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
      return dt;
    }, files);
    await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Millbrook/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('imports an exported dataset file (one JSON)', async () => {
    const { page } = await openApp(browser, baseUrl, '?data=examples/datasets/invented-town/dataset.json');
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download dataset' }).click()]);
    const bundle = readFileSync(await download.path(), 'utf8');
    await page.keyboard.press('Escape');
    const fresh = await openApp(browser, baseUrl);
    await fresh.page.getByRole('button', { name: 'Load data' }).click();
    await fresh.page.getByLabel('Choose files, or drop them here').setInputFiles({ name: 'bundle.json', mimeType: 'application/json', buffer: Buffer.from(bundle) });
    await expect.poll(() => fresh.page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Millbrook/);
    await fresh.page.context().close();
    await page.context().close();
  });

  it('shows a large import in dense mode: canvas marks, a list of what is on the map, no errors', async () => {
    const mini = (f: string) => JSON.parse(readFileSync(`tests/fixtures/mini/${f}`, 'utf8')) as unknown;
    const manifest = mini('dataset.json') as { files: Record<string, string> };
    const files: Record<string, unknown> = {};
    for (const [key, name] of Object.entries(manifest.files)) files[key] = mini(name);
    const types = ['clash', 'mortar', 'capture', 'talks'];
    files.incidents = Array.from({ length: 20_000 }, (_, k) => ({
      id: `gen-${k}`, type: types[k % 4], title: `Generated ${k}`, summary: 'Generated for a test.',
      start: new Date(Date.parse('2016-04-20T00:00:00+03:00') + (k % 72) * 3_600_000).toISOString().replace('.000Z', 'Z'),
      time_precision: 'hour', location: { point: [41.2 + (k % 100) * 0.0005, 37.02 + Math.floor(k / 100 % 80) * 0.0005] },
      actors: ['blue'], casualties: [], confidence: 'low', sources: ['src-a'],
    }));
    const bundle = JSON.stringify({ format: 'conflict-map-bundle/1', manifest, files });
    const { page, errors } = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Load data' }).click();
    await page.getByLabel('Choose files, or drop them here').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(bundle) });
    await page.getByRole('heading', { level: 1, name: /Mini test dataset/ }).waitFor({ timeout: 20_000 });
    await pressOnTimeline(page, 'PageUp', 1);
    // The canvas's code loads the first time a moment is crowded.
    await expect.poll(() => page.locator('.leaflet-overlay-pane canvas.point-canvas').count()).toBe(1);
    expect(await page.locator('.incident-marker').count()).toBe(0);
    const summary = await page.getByText(/This dataset has 20,000 incidents: the list shows those on the map now/).innerText();
    const onMap = Number(/^([\d,]+) on the map/.exec(summary)?.[1]?.replace(/,/g, ''));
    expect(onMap).toBeGreaterThan(1000);
    // The list renders only the rows in view, and tells assistive technology how many there are.
    const rows = page.getByRole('list', { name: 'Incidents' }).getByRole('listitem');
    expect(await rows.count()).toBeLessThan(60);
    expect(await rows.first().getAttribute('aria-setsize')).toBe(String(onMap));
    await page.getByRole('list', { name: 'Incidents' }).evaluate((list) => { list.scrollTop = list.scrollHeight; });
    await expect.poll(() => rows.last().getAttribute('aria-posinset')).toBe(String(onMap));

    // Choosing a row opens its popup at the canvas mark; clicking that mark on the map opens it again.
    const last = rows.last();
    const title = await last.locator('.incident-title').innerText();
    await last.getByRole('button').click();
    const popup = page.locator('.leaflet-popup');
    await expect.poll(() => popup.innerText()).toContain(title);
    // The map pans to show the popup: read the tip once it has stopped moving (alike two frames apart).
    const tipBox = () => page.evaluate(() => new Promise<{ x: number; y: number; width: number; height: number } | null>((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const box = document.querySelector('.leaflet-popup-tip-container')?.getBoundingClientRect();
        resolve(box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null);
      }));
    }));
    let seen = await tipBox();
    await expect.poll(async () => {
      const box = await tipBox();
      const still = box !== null && seen !== null && box.x === seen.x && box.y === seen.y;
      seen = box;
      return still;
    }).toBe(true);
    const tip = await tipBox();
    const map = await page.locator('.leaflet-container').boundingBox();
    await page.locator('.leaflet-popup-close-button').click();
    await expect.poll(() => popup.count()).toBe(0);
    if (!tip || !map) throw new Error('no popup tip or map box');
    // The popup's tip ends at the mark it belongs to (Leaflet's default offset puts the tip's box 7 px below it).
    await page.mouse.click(tip.x + tip.width / 2, tip.y + tip.height - 7);
    await expect.poll(() => popup.count()).toBe(1);
    expect(await popup.innerText()).toContain(title);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('lists every problem of a broken import and keeps the map', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Load data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Load data' });
    await dialog.getByLabel('Choose files, or drop them here').setInputFiles(filesIn('tests/fixtures/broken-import'));
    const problems = dialog.getByRole('alert', { name: /problems in the chosen data/ });
    await expect.poll(() => problems.count()).toBe(1);
    const text = await problems.innerText();
    expect(text).toMatch(/incidents\.json\s+jail-capture\s+start\s+"2016-05-21T12:00:00\+03:00"/);
    expect(text).toMatch(/incidents\.json\s+shelling\s+location\.site\s+"nowhere"/);
    expect(await dialog.innerText()).toMatch(/Nothing was loaded/);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Qamishlo/);
    expect(await page.locator('path.area').count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the problems of a broken ?data= dataset instead of half of it', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.route('**/examples/datasets/invented-town/incidents.json', (route) => route.fulfill({ contentType: 'application/json', body: '[{"id": "x"}]' }));
    await p.goto(`${baseUrl}?data=examples/datasets/invented-town/dataset.json`);
    await p.getByRole('heading', { name: 'The map data could not be loaded' }).waitFor();
    expect(await p.getByRole('alert').innerText()).toMatch(/incidents\.json\s+x\s+type/);
    expect(await p.getByRole('link', { name: 'Open the built-in map instead' }).count()).toBe(1);
    await context.close();
  });
});
