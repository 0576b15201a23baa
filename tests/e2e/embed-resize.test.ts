// embed.js on an article of another origin: under a strict CSP, two maps take the height they ask
// for at every width (no inner scroll); with data-conflict-map-link, the map's view round-trips
// through the article's fragment; messages from anyone else change nothing.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { wantedMapHeight } from '../../src/core/embed-height';
import { launchChromium } from './chromium';
import { recordViolations, violationsIn } from './csp-violations';
import { serveStatic } from './static-server';

const baseUrl = inject('baseUrl');
let browser: Browser;
const servers: Server[] = [];
let articleUrl = '';
let linkedUrl = '';

// Claims a resize to whoever framed it, again and again (the height from its address).
const liar = {
  '/liar.html': '<!doctype html><script src="/liar.js"></script>',
  '/liar.js': 'var h = Number(new URLSearchParams(location.search).get("h")); setInterval(function () { parent.postMessage({ protocol: "conflict-map", version: 1, type: "resize", height: h }, "*"); parent.postMessage({ protocol: "conflict-map", version: 1, type: "viewchange", query: "?t=2016-04-20T01:00&event=liar" }, "*"); }, 50);',
};

// The article: a strict policy (scripts only from the map's origin and its own files, no inline
// script or style), embed.js loaded twice, one map sandboxed and one not, the second in a narrower
// column; an unmarked frame that lies, and a marked one whose address is on one origin but which
// moved itself to another that lies.
const article = (hopUrl: string) => `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${new URL(baseUrl).origin} 'self'; frame-src *; style-src 'self'; img-src data:">
<link rel="icon" href="data:,"><link rel="stylesheet" href="/article.css"></head><body>
<p>Before the maps.</p>
<iframe id="map-a" data-conflict-map src="${baseUrl}?embed=1&amp;t=2016-04-21T12:00" title="Map A" width="100%" height="480" sandbox="allow-scripts allow-popups"></iframe>
<div class="column"><iframe id="map-b" data-conflict-map src="${baseUrl}?embed=1&amp;t=2016-04-22T15:30" title="Map B" width="100%" height="480"></iframe></div>
<iframe id="liar" src="/liar.html?h=2000" title="Unmarked frame" width="200" height="150"></iframe>
<iframe id="hop" data-conflict-map src="${hopUrl}" title="Marked frame" width="200" height="150"></iframe>
<script src="/probe.js"></script>
<script async src="${baseUrl}embed.js"></script>
<script async src="${baseUrl}embed.js"></script>
</body></html>`;

// An article whose map keeps its view in the article's address (data-conflict-map-link), beside the
// same two liars (the marked one opted in too).
const linked = (hopUrl: string) => `<!doctype html><html><head><link rel="icon" href="data:,"><link rel="stylesheet" href="/article.css"></head><body>
<h2 id="section-2">A section of the article</h2>
<iframe id="story-map" data-conflict-map data-conflict-map-link src="${baseUrl}?embed=1" title="Map" width="100%" height="480"></iframe>
<iframe id="liar" src="/liar.html?h=2000" title="Unmarked frame" width="200" height="150"></iframe>
<iframe id="hop" data-conflict-map data-conflict-map-link src="${hopUrl}" title="Marked frame" width="200" height="150"></iframe>
<script src="/probe.js"></script>
<script async src="${baseUrl}embed.js"></script>
</body></html>`;

beforeAll(async () => {
  browser = await launchChromium();
  const liars = await serveStatic('examples', liar);
  const hops = await serveStatic('examples', { '/hop.html': `<!doctype html><meta http-equiv="refresh" content="0;url=${liars.url}/liar.html?h=1999">` });
  const host = await serveStatic('examples', {
    '/article.html': article(`${hops.url}/hop.html`),
    '/linked.html': linked(`${hops.url}/hop.html`),
    '/article.css': 'body { margin: 0; } iframe { display: block; } .column { max-width: 600px; margin: 1rem auto; }',
    '/probe.js': 'window.heard = []; window.amp = []; window.views = []; addEventListener("message", function (e) { if (e.data && e.data.type === "resize") heard.push(e.data.height); if (e.data && e.data.sentinel === "amp" && e.data.type === "embed-size") amp.push(e.data.height); if (e.data && e.data.type === "viewchange" && document.getElementById("story-map") && e.source === document.getElementById("story-map").contentWindow) views.push(e.data.query); });',
    ...liar,
  });
  servers.push(liars.server, hops.server, host.server);
  articleUrl = `${host.url}/article.html`;
  linkedUrl = `${host.url}/linked.html`;
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

async function mapFrame(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`#${id}`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  return frame;
}

/** How the frame fits: its height on the article, and inside it the layout's and the map's. */
async function fit(page: Page, id: string) {
  const frame = await mapFrame(page, id);
  const outer = await page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => {
    const doc = document.scrollingElement as Element;
    const app = document.querySelector('.app');
    const map = document.querySelector('.embed-map');
    if (!(app instanceof HTMLElement) || !(map instanceof HTMLElement)) return { width: 0, scroll: 1, appScroll: 1, map: 0 };
    return { width: doc.clientWidth, scroll: doc.scrollHeight - doc.clientHeight, appScroll: app.scrollHeight - app.clientHeight, map: map.offsetHeight };
  });
  return { outer, ...inner };
}

/** The frame fits when nothing inside scrolls and the map has the height asked for its width (so the frame is not too tall either). */
const fits = async (page: Page, id: string) => {
  const f = await fit(page, id);
  return f.scroll <= 0 && f.appScroll <= 0 && Math.abs(f.map - wantedMapHeight(f.width)) <= 1;
};

describe('embed.js on an article of another origin', () => {
  it('fits two maps at 320, 360, 768 and 1280 px and as the page is resized; ignores resize messages from anyone else', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    await recordViolations(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(articleUrl);
    for (const width of [320, 360, 768, 1280, 360]) {
      await page.setViewportSize({ width, height: 700 });
      for (const id of ['map-a', 'map-b']) {
        await expect.poll(() => fits(page, id), { timeout: 10_000, message: `${id} at ${width} px` }).toBe(true);
        if (process.env.SHOW_FIT) console.log(width, id, await fit(page, id));
      }
    }
    // At 1280 px the second map sits in a 600 px column: a shorter frame than the first, full-width one.
    await page.setViewportSize({ width: 1280, height: 700 });
    await expect.poll(() => fits(page, 'map-b'), { timeout: 10_000 }).toBe(true);
    const a = await fit(page, 'map-a');
    const b = await fit(page, 'map-b');
    expect(a.width).toBe(1280);
    expect(b.width).toBe(600);
    expect(a.outer).toBeGreaterThan(b.outer);

    // Both liars have been heard by the article (the probe), so embed.js has handled them too.
    await expect.poll(() => page.evaluate(() => (window as unknown as { heard: number[] }).heard)).toEqual(expect.arrayContaining([2000, 1999]));
    expect(await page.locator('#liar').evaluate((f) => f.clientHeight)).toBe(150);
    expect(await page.locator('#hop').evaluate((f) => f.clientHeight)).toBe(150);
    for (const id of ['map-a', 'map-b']) expect((await fit(page, id)).outer).toBeLessThan(1999);
    expect(await fits(page, 'map-a')).toBe(true);

    // Beside its own message, the map asks in the form AMP's amp-iframe understands.
    expect(await page.evaluate(() => (window as unknown as { amp: number[] }).amp)).toContain(Math.round(a.outer));

    expect(await violationsIn(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

const valueText = (frame: Frame) => frame.getByRole('slider', { name: 'Time shown on the map' }).getAttribute('aria-valuetext');

async function openLinked(url: string) {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await expect.poll(async () => (await mapFrame(page, 'story-map')).locator('path.area').count(), { timeout: 10_000 }).toBeGreaterThan(10);
  return { page, frame: await mapFrame(page, 'story-map'), errors };
}

describe('embed.js with data-conflict-map-link', () => {
  it("keeps the map's view in the article's fragment and opens the article at it again", async () => {
    const { page, frame, errors } = await openLinked(linkedUrl);
    // The reader picks an incident in the map's list, then steps the time on.
    await frame.locator('details.embed-list summary').click();
    await frame.getByRole('list', { name: 'Incidents' }).getByRole('button', { name: /Kurdish forces capture Allaya prison/ }).click();
    await expect.poll(() => frame.locator('.leaflet-popup-content [data-incident="prison-capture"]').count()).toBe(1);
    const before = await valueText(frame);
    await frame.getByRole('slider', { name: 'Time shown on the map' }).press('ArrowRight');
    await expect.poll(() => valueText(frame)).not.toBe(before);
    const shown = await valueText(frame);
    // The fragment once it has the stepped time (the one the incident's choice wrote comes first).
    const hhmm = /(\d\d:\d\d)/.exec(shown ?? '')?.[1];
    expect(hhmm).toBeDefined();
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 5000 }).toMatch(new RegExp(`^#cmap\\.story-map=t=2016-04-21T${hhmm}%26event=prison-capture`));
    const address = page.url();
    expect(new URL(address).hash).not.toMatch(/liar|cmap\.hop/);
    expect(errors).toEqual([]);
    await page.close();

    // Opened with that address, the article gives the view back to its map.
    const again = await openLinked(address);
    await expect.poll(() => valueText(again.frame)).toBe(shown);
    await expect.poll(() => again.frame.locator('.leaflet-popup-content [data-incident="prison-capture"]').count()).toBe(1);
    expect(again.errors).toEqual([]);
    await again.page.close();
  });

  it("leaves a fragment the article uses for itself alone, and takes nothing but the view's parts from one", async () => {
    const { page, frame } = await openLinked(`${linkedUrl}#section-2`);
    await frame.getByRole('slider', { name: 'Time shown on the map' }).press('ArrowRight');
    // The map has told the article its new view (the probe heard it), and the fragment is unchanged.
    await expect.poll(() => page.evaluate(() => (window as unknown as { views: string[] }).views.some((q) => q.includes('t=')))).toBe(true);
    expect(await page.evaluate(() => location.hash)).toBe('#section-2');
    await page.close();

    // A stored view that names another dataset: the frame gets the view's time, never the dataset.
    const forged = await openLinked(`${linkedUrl}#cmap.story-map=t=2016-04-22T09:00%26data=https://evil.example/data.json`);
    await expect.poll(() => valueText(forged.frame)).toMatch(/^Friday 22 April 2016, 09:00/);
    expect(await forged.page.locator('#story-map').getAttribute('src')).not.toMatch(/data=|evil/);
    await forged.page.close();
  });
});
