import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveFixture } from './fixture-route';
import { INERT, inspect, settleImageErrors } from './inert-page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const FIXTURE = 'tests/fixtures/hostile';
const HOSTILE_DATA = 'data=fixtures/hostile/dataset.json';
const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** What follows each field's tag in the fixture: HTML and script that must stay text. */
const PAYLOAD = (JSON.parse(readFileSync(`${FIXTURE}/dataset.json`, 'utf8')) as { title: string }).title.slice('{dataset title}'.length);

/** Every text field of the hostile dataset, by its tag: "{incidents shelling title}". */
function fieldTags(): string[] {
  const files = readdirSync(FIXTURE).filter((f) => /\.(geo)?json$/.test(f) && !f.includes('rejected'));
  const text = files.map((f) => readFileSync(`${FIXTURE}/${f}`, 'utf8')).join('\n');
  return [...new Set([...text.matchAll(/\{([^{}"]+)\} <script>/g)].map((m) => `{${m[1]}}`))];
}

/** Fields that nothing in the app shows (kept in the fixture all the same: they must not run either). */
const NOT_SHOWN = [
  /^\{actors \S+ (aliases|description)\}$/,
  /^\{sources \S+ language\}$/,
  /^\{control initial \S+ note\}$/,
  /^\{control \S+ time_note\}$/,
  // A point site's popup gives its holder, not the change's note (areas' popups do).
  /^\{control jail-taken note\}$/,
  // The basemap is labelled in English only, and the city outline not at all.
  /^\{basemap \S+ name\.(ar|ku)\}$/,
  /^\{basemap town name\.en\}$/,
  /^\{basemap \S+ note\}$/,
  /^\{dataset license\}$/,
];

interface Session { page: Page; dialogs: string[]; errors: string[]; seen: string[] }

async function openHostile(query: string): Promise<Session> {
  // Without the page's CSP, so that the rendering is tested on its own: had any HTML slipped
  // through, its script would run here and be seen.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  context.setDefaultTimeout(10_000);
  await serveFixture(context, 'hostile');
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}?${query}`);
  await page.waitForSelector('path.area');
  return { page, dialogs, errors, seen: [] };
}

/** Keeps the page's text as it is now (popups come and go), and checks that nothing in it came alive. */
async function look(s: Session): Promise<void> {
  s.seen.push(await s.page.evaluate(() => document.body.textContent ?? ''));
  expect(await inspect(s.page)).toEqual(INERT);
}

/** Opens each area's and site's popup by clicking it (an area near its top-left corner, away from labels and marks). */
async function openAreaPopups(s: Session): Promise<void> {
  // The incidents' popups panned the map: the south area, at its bottom, can be under the timeline or
  // a popup. With the popups closed and the map zoomed out a step, both areas are in view (south
  // first: its popup's pan moves the content down).
  // A popup just closed stays in the page through its 0.2 s fade, at opacity 0 (two close buttons
  // were found once in CI): the open one is closed, and then none is left.
  const close = s.page.locator('.leaflet-popup-close-button');
  const openClose = s.page.locator('.leaflet-popup:not([style*="opacity: 0"]) .leaflet-popup-close-button');
  const closePopup = async () => {
    if (await openClose.count() > 0) await openClose.click();
    await expect.poll(() => close.count()).toBe(0);
  };
  await closePopup();
  await s.page.locator('.leaflet-control-zoom-out').click();
  const inView = async (id: string) => {
    const [area, map] = await Promise.all([s.page.locator(`path.area-${id}`).boundingBox(), s.page.locator('.leaflet-container').boundingBox()]);
    return !!area && !!map && area.y >= map.y && area.y + area.height <= map.y + map.height;
  };
  await expect.poll(() => inView('south')).toBe(true);
  for (const id of ['south', 'north']) {
    await closePopup();
    // On a busy machine a click can land while the map is still panning to the previous popup, and
    // then opens nothing (seen once in six runs made three at a time): click again until the area's
    // popup is open, as a reader would.
    await vi.waitFor(async () => {
      await s.page.locator(`path.area-${id}`).click({ position: { x: 4, y: 4 } });
      await s.page.locator(`.leaflet-popup-content [data-site="${id}"]`).waitFor({ timeout: 2_000 });
    }, { timeout: 20_000, interval: 50 });
    await look(s);
  }
  await s.page.locator('.site-marker.site-jail').click();
  await s.page.locator('.leaflet-popup-content [data-site="jail"] .popup-kind').waitFor();
  await look(s);
}

async function expectInert(s: Session): Promise<void> {
  // An injected <img src=x onerror> would have fired by the time our own <img src=x> fails.
  await settleImageErrors(s.page);
  expect(await inspect(s.page)).toEqual(INERT);
  expect(s.dialogs).toEqual([]);
  expect(s.errors).toEqual([]);
}

describe('a dataset with HTML and script in every text field', () => {
  // The longest browser test (three languages, every part of the page): room for a busy machine.
  it('shows every field as text in lists, popups, panels, dialogs and the story, and runs none of it', { timeout: 90_000 }, async () => {
    const s = await openHostile(`${HOSTILE_DATA}&t=2016-04-21T13:00`);
    const { page } = s;
    await look(s);

    // The list loads once the map is drawn: wait for it rather than count at once.
    const incidents = page.getByRole('list', { name: 'Incidents' }).getByRole('listitem');
    await expect.poll(() => incidents.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const id = await incidents.nth(i).getAttribute('data-id');
      await incidents.nth(i).getByRole('button').click();
      await page.locator(`.leaflet-popup-content [data-incident="${id}"]`).waitFor();
      await look(s);
    }
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('dialog', { name: 'Share this view' }).getByText('Link to the incident').waitFor();
    await look(s);
    await page.keyboard.press('Escape');

    await openAreaPopups(s);

    for (const panel of ['Legend', 'About the data and sources']) await page.getByText(panel, { exact: true }).click();
    await page.getByRole('heading', { name: /^Sources \(10\)$/ }).waitFor();
    await page.locator('.legend li').first().waitFor();
    await look(s);

    await page.getByText('Story', { exact: true }).click();
    await page.getByRole('button', { name: /Start the story/ }).click();
    await page.getByText('Step 1 of 2').waitFor();
    await look(s);
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByText('Step 2 of 2').waitFor();
    await look(s);

    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('dialog', { name: 'Export data' }).getByRole('heading', { name: 'The whole dataset' }).waitFor();
    await look(s);
    await page.keyboard.press('Escape');
    await expectInert(s);

    for (const lang of ['ar', 'ku']) {
      const other = await openHostile(`${HOSTILE_DATA}&t=2016-04-21T13:00&lang=${lang}`);
      await look(other);
      await openAreaPopups(other);
      await expectInert(other);
      s.seen.push(...other.seen);
      await other.page.context().close();
    }

    const seen = s.seen.join('\n');
    const shown = fieldTags().filter((tag) => !NOT_SHOWN.some((re) => re.test(tag)));
    expect(shown.length).toBeGreaterThan(60);
    expect(shown.filter((tag) => !seen.includes(tag + PAYLOAD))).toEqual([]);
    await page.context().close();
  });

  it('links only http(s) source addresses; javascript:, data:, vbscript: and file: ones stay text', async () => {
    const s = await openHostile(`${HOSTILE_DATA}&t=2016-04-21T13:00`);
    await s.page.getByText('About the data and sources', { exact: true }).click();
    const sources = s.page.getByRole('list', { name: 'All sources' });
    await sources.getByRole('listitem').first().waitFor();
    const links = await sources.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['https://example.org/a?q=%22%3E%3Cscript%3Ewindow.__pwned=1%3C/script%3E', 'https://example.org/upper-case-scheme']);
    for (const id of ['src-javascript', 'src-mixed-case', 'src-javascript-slashes', 'src-data-html', 'src-data-base64', 'src-vbscript', 'src-file', 'src-no-url']) {
      const item = sources.getByRole('listitem').filter({ hasText: `{sources ${id} title}` });
      expect(await item.count(), id).toBe(1);
      expect(await item.getByRole('link').count(), id).toBe(0);
    }
    await expectInert(s);
    await s.page.context().close();
  });

  it('keeps the embedded layout just as inert', async () => {
    const s = await openHostile(`${HOSTILE_DATA}&embed=1&t=2016-04-21T13:00`);
    expect(await s.page.getByRole('heading', { level: 1 }).textContent()).toBe(`{dataset title}${PAYLOAD}`);
    await s.page.locator('details.embed-list summary').click();
    await s.page.getByRole('list', { name: 'Incidents' }).getByRole('button').first().click();
    await s.page.locator('.leaflet-popup-content [data-incident]').waitFor();
    await look(s);
    expect(s.seen.join('')).toContain(`{incidents first-clash summary}${PAYLOAD}`);
    await expectInert(s);
    await s.page.context().close();
  });

  it('stays text when loaded from files with Load data', async () => {
    const s = await openHostile('');
    await s.page.getByRole('button', { name: 'Load data' }).click();
    const files = readdirSync(FIXTURE).filter((f) => !f.includes('rejected') && /\.(geo)?json$/.test(f)).map((f) => `${FIXTURE}/${f}`);
    await s.page.getByRole('dialog', { name: 'Load data' }).getByLabel('Choose files, or drop them here').setInputFiles(files);
    const notice = s.page.getByRole('status').filter({ hasText: 'Loaded “{dataset title}' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`{dataset title}${PAYLOAD}`);
    await look(s);
    await expectInert(s);
    await s.page.context().close();
  });

  it('shows the tile attribution from config.json as text', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    await context.route('**/config.json', (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ tiles: { url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: `{config attribution}${PAYLOAD}` } }),
    }));
    await context.route('https://tiles.example.org/**', (route) => route.fulfill({ contentType: 'image/png', body: ONE_PIXEL_PNG }));
    const page = await context.newPage();
    await page.goto(baseUrl);
    const attribution = page.locator('.leaflet-control-attribution');
    await expect.poll(() => attribution.textContent()).toContain(`{config attribution}${PAYLOAD}`);
    await settleImageErrors(page);
    expect(await inspect(page)).toEqual(INERT);
    await context.close();
  });

  it('reports source addresses the schema rejects (leading space, tab, newline, control or non-ASCII characters) by record and field, and links none', async () => {
    const context = await browser.newContext();
    await serveFixture(context, 'hostile');
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`${baseUrl}?data=fixtures/hostile/dataset-rejected-urls.json`);
    await page.getByRole('heading', { name: 'The map data could not be loaded' }).waitFor();
    const problems = page.getByRole('alert');
    for (const [id, value] of [['src-javascript', '" JaVaScRiPt:'], ['src-mixed-case', '"\\tjavascript:'], ['src-data-html', '"java\\nscript:'],
      ['src-vbscript', '"\\u0001javascript:'], ['src-file', '"ｊavascript:']]) {
      const row = problems.getByRole('row')
        .filter({ has: page.getByRole('cell', { name: 'sources-rejected-urls.json', exact: true }) })
        .filter({ has: page.getByRole('cell', { name: id, exact: true }) })
        .filter({ has: page.getByRole('cell', { name: 'url', exact: true }) });
      await expect.poll(() => row.count(), { message: id }).toBeGreaterThan(0);
      expect(await row.first().innerText(), id).toContain(value);
    }
    await settleImageErrors(page);
    expect(await inspect(page)).toEqual(INERT);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
