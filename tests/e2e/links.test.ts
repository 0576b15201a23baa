import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { pngSize } from '../helpers/image-headers';
import { controlRow, openApp, pressOnTimeline } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const slider = (page: Page) => page.getByRole('slider', { name: 'Time shown on the map' });
const valueText = (page: Page) => slider(page).getAttribute('aria-valuetext');
const search = (page: Page) => page.evaluate(() => location.search);

describe('links in Chromium', () => {
  it('opens the moment and the incident a link names', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-21T14:30&event=prison-capture&utm_source=paper');
    expect(await valueText(page)).toBe('Thursday 21 April 2016, 14:30, local time (UTC+03:00)');
    await expect.poll(() => page.locator('.leaflet-popup-content h2').innerText()).toMatch(/Allaya prison/);
    const item = page.getByRole('list', { name: 'Incidents' }).getByRole('button', { name: /capture Allaya prison/ });
    expect(await item.getAttribute('aria-current')).toBe('true');
    expect(await controlRow(page, 'Allaya prison')).toMatch(/Asayish/);
    expect(await search(page)).toMatch(/utm_source=paper/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('event alone sets the time to the incident', async () => {
    const { page } = await openApp(browser, baseUrl, '?event=truce');
    expect(await valueText(page)).toMatch(/^Friday 22 April 2016, 15:30/);
    await page.context().close();
  });

  it('a whole day shows its incidents and the control at its end', async () => {
    const { page } = await openApp(browser, baseUrl, '?t=2016-04-21');
    expect(await valueText(page)).toBe('21 April 2016, the whole day, local time');
    expect(await page.getByRole('button', { name: 'Thu 21 Apr: show all of 21 April 2016' }).getAttribute('aria-pressed')).toBe('true');
    expect(await controlRow(page, 'Allaya prison')).toMatch(/Asayish/);
    expect(await page.locator('.incident-marker').count()).toBeGreaterThanOrEqual(6);
    await page.context().close();
  });

  it('opens the map view a link names', async () => {
    const { page } = await openApp(browser, baseUrl, '?map=16/37.04500/41.24500');
    const view = await page.evaluate(() => {
      const el = document.querySelector('.leaflet-control-scale-line') as HTMLElement;
      return el.textContent;
    });
    expect(view).toMatch(/^(100|200) m$/);
    await page.context().close();
  });

  it('shows place names in the language the link asks for, and keeps it in the link', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?lang=ar&map=15/37.04500/41.24000');
    const table = page.getByRole('table', { name: 'من يسيطر على ماذا' });
    await table.waitFor();
    expect(await table.getByRole('rowheader', { name: 'سجن علايا' }).count()).toBe(1);
    expect(await page.locator('.area-label [lang="ar"]').count()).toBeGreaterThan(5);
    await pressOnTimeline(page, 'ArrowRight', 2);
    await expect.poll(() => search(page)).toMatch(/lang=ar/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ignores t=banana with a visible notice, still shows the map and applies the rest', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=banana&event=truce');
    const notice = page.getByRole('status').filter({ hasText: /“banana”/ });
    await expect.poll(() => notice.count()).toBe(1); // its words load on demand, just after the map
    expect(await valueText(page)).toMatch(/^Friday 22 April 2016, 15:30/);
    expect(await page.locator('path.area').count()).toBeGreaterThan(10);
    await notice.getByRole('button', { name: /Dismiss/ }).click();
    expect(await notice.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('clamps a date outside the dataset, with a notice', async () => {
    const { page } = await openApp(browser, baseUrl, '?t=2017-01-01');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /outside this map's dates/ }).count()).toBe(1);
    expect(await valueText(page)).toMatch(/^24 April 2016, the whole day/);
    await page.context().close();
  });

  it('Back and Forward step through what the reader looked at', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?utm_campaign=x');
    await pressOnTimeline(page, 'ArrowRight', 5); // scrubbing: replaces the entry
    await expect.poll(() => search(page)).toBe('?t=2016-04-20T05:00&utm_campaign=x');
    const list = page.getByRole('list', { name: 'Incidents' });
    await list.getByRole('button', { name: /Truce|truce/ }).first().click(); // a choice: pushes
    await expect.poll(() => search(page)).toMatch(/^\?t=2016-04-22T15:30&event=truce/);
    await page.getByRole('button', { name: 'Thu 21 Apr: show all of 21 April 2016' }).click(); // a day: pushes
    await expect.poll(() => search(page)).toMatch(/^\?t=2016-04-21&utm_campaign=x$/);

    await page.goBack();
    await expect.poll(() => valueText(page)).toMatch(/^Friday 22 April 2016, 15:30/);
    await expect.poll(() => page.locator('.leaflet-popup-content h2').count()).toBe(1);
    await page.goBack();
    await expect.poll(() => valueText(page)).toMatch(/^Wednesday 20 April 2016, 05:00/);
    await expect.poll(() => page.locator('.leaflet-popup-content').count()).toBe(0);
    await page.goForward();
    await expect.poll(() => valueText(page)).toMatch(/^Friday 22 April 2016, 15:30/);
    await page.goForward();
    await expect.poll(() => valueText(page)).toBe('21 April 2016, the whole day, local time');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('panning writes the map view into the link, and a reload restores it', async () => {
    const { page } = await openApp(browser, baseUrl);
    const map = page.locator('.map');
    const box = await map.boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 40, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => search(page)).toMatch(/^\?map=[\d.]+\/37\.\d{5}\/41\.\d{5}$/);
    const before = await search(page);
    const center = () => page.evaluate(() => (document.querySelector('.leaflet-map-pane') as HTMLElement).style.transform);
    await page.reload();
    await page.waitForSelector('path.area', { state: 'attached' });
    expect(await search(page)).toBe(before);
    expect(await center()).not.toBe('');
    await page.context().close();
  });

  it('shares a link to this view and to the selected incident, with a fallback when copying is refused', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?event=truce');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    const link = dialog.getByRole('textbox', { name: 'Link to this view' });
    expect(await link.inputValue()).toBe(`${baseUrl}?t=2016-04-22T15:30&event=truce`);
    expect(await dialog.getByRole('textbox', { name: /Link to the incident/ }).inputValue()).toBe(`${baseUrl}?event=truce`);
    // Headless Chromium without a granted permission refuses the clipboard: the text is selected instead.
    await dialog.getByRole('button', { name: 'Copy' }).first().click();
    await expect.poll(() => dialog.getByRole('status').first().innerText()).toMatch(/Copied|press Ctrl\+C/);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('copies to the clipboard where the browser allows it', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${baseUrl}?t=2016-04-21`);
    await page.waitForSelector('path.area', { state: 'attached' });
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toBe('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}?t=2016-04-21`);
    await context.close();
  });

  it('gives every incident its own permalink, in the list and in its popup', async () => {
    const { page } = await openApp(browser, baseUrl, '?event=truce');
    const permalink = page.getByRole('link', { name: /^Link to: .*truce/i });
    expect(await permalink.getAttribute('href')).toBe(`${baseUrl}?event=truce`);
    expect(await page.locator('.leaflet-popup-content').getByRole('link', { name: 'Link to this incident' }).getAttribute('href'))
      .toBe(`${baseUrl}?event=truce`);
    await page.context().close();
  });

  it('writes an embed snippet for the current view', async () => {
    const { page } = await openApp(browser, baseUrl, '?t=2016-04-21T12:00');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    // First the responsive form: the frame marked for embed.js, and the script beside the app.
    expect(await dialog.getByRole('radio', { name: 'Responsive (with script)' }).isChecked()).toBe(true);
    const responsive = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(responsive).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?t=2016-04-21T12:00&amp;embed=1" title="[^"]+" width="100%" height="480" data-conflict-map loading="lazy" allowfullscreen><\/iframe>\n<script async src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>/);
    const script = /<script async src="([^"]+)"/.exec(responsive)?.[1] ?? '';
    expect((await page.request.get(script)).status()).toBe(200);
    // The fixed form is today's frame, which needs no script.
    await dialog.getByRole('radio', { name: 'Fixed height' }).check();
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?t=2016-04-21T12:00&amp;embed=1" title="[^"]+" width="100%" height="560" loading="lazy" allowfullscreen/);
    expect(code).not.toMatch(/embed\.js|data-conflict-map/);
    // The AMP form: an amp-iframe that may resize, with the element AMP shows until it may.
    await dialog.getByRole('radio', { name: 'AMP page' }).check();
    expect(await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue()).toMatch(
      /^<amp-iframe src="http:\/\/127\.0\.0\.1:\d+\/\?t=2016-04-21T12:00&amp;embed=1" [^>]*\bresizable\b[^>]*>\n {2}<button overflow type="button">Show the whole map<\/button>\n<\/amp-iframe>$/);
    await dialog.getByRole('radio', { name: 'Fixed height' }).check();
    // For readers without JavaScript: the build's picture nearest 21 April 12:00 (the prison's
    // capture, the story step at noon), with its alt text.
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Embed code' }).inputValue(), { timeout: 10_000 }).toMatch(/<noscript><img src="[^"]+\/previews\/[a-z0-9-]+-en\.png" alt="21 April 2016, [^"]+" width="1200" height="630"/);
    const src = /<noscript><img src="([^"]+)"/.exec(await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue())?.[1] ?? '';
    expect((await page.request.get(src)).status()).toBe(200);
    await page.context().close();
  });

  it('has Open Graph and Twitter link previews', async () => {
    const { page } = await openApp(browser, baseUrl);
    const meta = (sel: string) => page.locator(sel).getAttribute('content');
    expect(await meta('meta[property="og:title"]')).toMatch(/Qamishlo/);
    expect(await meta('meta[property="og:description"]')).toMatch(/April 2016/);
    expect(await meta('meta[property="og:image"]')).toBe('previews/start-en.png');
    expect(await meta('meta[name="twitter:image"]')).toBe('previews/start-en.png');
    expect(await meta('meta[property="og:image:alt"]')).toMatch(/^20 April 2016, 00:00 local time\. Of 14 areas, /);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    // The picture the build drew of the first view, 1200 × 630.
    const image = await page.request.get(new URL('previews/start-en.png', baseUrl).href);
    expect(image.status()).toBe(200);
    expect(pngSize(new Uint8Array(await image.body()))).toEqual({ width: 1200, height: 630 });
    await page.context().close();
  });
});

describe('the story in Chromium', () => {
  it('opens a step from its link, and steps with buttons and keys, each step with its own link', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    await page.locator('details#panel-story summary').click();
    await page.getByRole('button', { name: /Start the story/ }).click();
    const story = page.getByRole('region', { name: 'Story' });
    await expect.poll(() => story.getByText(/^Step 1 of \d+$/).count()).toBe(1);
    const first = await search(page);
    expect(first).toMatch(/step=/);
    await story.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(() => story.getByText(/^Step 2 of/).count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => story.getByText(/^Step 3 of/).count()).toBe(1);
    const third = await search(page);
    const title = await story.getByRole('heading').innerText();
    await page.goBack();
    await expect.poll(() => story.getByText(/^Step 2 of/).count()).toBe(1);

    const again = await openApp(browser, baseUrl, third);
    const panel = again.page.getByRole('region', { name: 'Story' });
    await expect.poll(() => panel.getByRole('heading').innerText()).toBe(title);
    expect(await again.page.locator('details#panel-story').getAttribute('open')).not.toBeNull();
    expect(errors).toEqual([]);
    await again.page.context().close();
    await page.context().close();
  });
});
