// prefers-reduced-motion: reduce — the map jumps instead of gliding, nothing fades, playback moves
// in discrete steps only after Play is pressed, and nothing starts playing by itself.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { openApp } from './page';
import { serveStatic } from './static-server';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: { url: string; server: Server };

const hostPage = `<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:0">
<iframe id="map" src="${baseUrl}?embed=1" width="360" height="480" title="Map" style="border:0"></iframe>
<script>
  window.messages = [];
  addEventListener('message', (e) => { if (e.source === document.getElementById('map').contentWindow) messages.push(e.data); });
  window.tell = (m) => document.getElementById('map').contentWindow.postMessage({ protocol: 'conflict-map', version: 1, ...m }, '*');
</script></body></html>`;

beforeAll(async () => {
  browser = await launchChromium();
  host = await serveStatic('examples', { '/host.html': hostPage });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.server.close(resolve));
});

/**
 * A page that prefers reduced motion from before the app starts (the map reads it when made). Its
 * clock is Playwright's: time flows as usual until `stopTime`, after which only `elapse` moves it.
 */
async function openStill(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install();
  await page.goto(path);
  return { page, errors };
}

/** How far ahead of the page's clock `stopTime` stops it. */
const STOP_AHEAD_MS = 5_000;

/**
 * Stops the page's clock: timers, animation frames and Date stand still until `elapse`. Playwright
 * stops a clock only by jumping it forward, so it jumps a little ahead of the page's time: far enough
 * that the page cannot pass that time while the request travels, however busy the machine.
 */
async function stopTime(page: Page): Promise<void> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + STOP_AHEAD_MS);
}

/** Moves the stopped clock on, running every timer and animation frame due on the way. */
async function elapse(page: Page, ms: number): Promise<void> {
  await page.clock.runFor(ms);
}

const slider = (page: Page | Frame) => page.getByRole('slider', { name: 'Time shown on the map' });
const minutes = async (page: Page | Frame) => Number(await slider(page).getAttribute('aria-valuenow'));

describe('with prefers-reduced-motion: reduce', () => {
  it('makes the map with Leaflet\'s zoom, fade and marker animations off, where it normally has them', async () => {
    const usual = await openApp(browser, baseUrl);
    expect(await usual.page.locator('.leaflet-container.leaflet-fade-anim').count()).toBe(1);
    expect(await usual.page.locator('.leaflet-proxy').count()).toBe(1);
    await usual.page.context().close();

    const { page, errors } = await openStill(baseUrl);
    await page.waitForSelector('path.area', { state: 'attached' });
    expect(await page.locator('.leaflet-container.leaflet-fade-anim').count()).toBe(0);
    expect(await page.locator('.leaflet-proxy').count()).toBe(0);
    expect(await page.locator('.leaflet-marker-icon.leaflet-zoom-animated').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pans the map in one jump from the keyboard, and opens popups at full opacity at once', async () => {
    const { page, errors } = await openStill(baseUrl);
    await page.waitForSelector('path.area', { state: 'attached' });
    const pane = page.locator('.leaflet-map-pane');
    const before = await pane.evaluate((el) => getComputedStyle(el).transform);
    await page.getByRole('region', { name: 'Map' }).focus();
    await stopTime(page);
    await page.keyboard.press('ArrowRight');
    const atOnce = await pane.evaluate((el) => getComputedStyle(el).transform);
    // A glide would move the pane on over the next frames; with the clock stopped, nothing else can.
    await elapse(page, 400);
    expect(atOnce).not.toBe(before);
    expect(await pane.evaluate((el) => getComputedStyle(el).transform)).toBe(atOnce);
    await page.clock.resume();

    await page.getByRole('list', { name: 'Incidents' }).getByRole('button', { name: /truce/i }).first().click();
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    expect(await popup.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    // Even Leaflet's own fade rule, were its class there, is overridden by the app's stylesheet.
    await page.locator('.leaflet-container').evaluate((el) => el.classList.add('leaflet-fade-anim'));
    expect(await popup.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('plays only when Play is pressed, in jumps of the speed\'s hours once a second', async () => {
    const { page, errors } = await openStill(`${baseUrl}?t=2016-04-21T12:00`);
    await page.waitForSelector('path.area', { state: 'attached' });
    await stopTime(page);
    const start = await minutes(page);
    await elapse(page, 1200);
    expect(await minutes(page)).toBe(start);

    await page.getByRole('button', { name: 'Play' }).press('Enter');
    const seen = [start];
    for (let i = 0; i < 32; i++) {
      await elapse(page, 100);
      const now = await minutes(page);
      if (now !== seen[seen.length - 1]) seen.push(now);
    }
    await page.getByRole('button', { name: 'Pause' }).press('Enter');
    // At the default 2 h/s: two or three jumps of exactly 120 minutes, nothing in between.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.slice(1).map((m, i) => m - (seen[i] as number))).toEqual(seen.slice(1).map(() => 120));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('does not start playing from a story step\'s link', async () => {
    const { page, errors } = await openStill(`${baseUrl}?step=story-bakery`);
    await page.getByText(/^Step 2 of/).waitFor();
    await stopTime(page);
    const start = await minutes(page);
    await elapse(page, 1200);
    expect(await minutes(page)).toBe(start);
    expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ignores a host page\'s "play", and still obeys its other messages', async () => {
    const { page, errors } = await openStill(`${host.url}/host.html`);
    await expect.poll(() => page.frames().find((f) => f.url().includes('embed=1'))?.locator('path.area').count() ?? 0, { timeout: 10_000 }).toBeGreaterThan(10);
    const frame = page.frames().find((f) => f.url().includes('embed=1')) as Frame;
    const tell = (m: object) => page.evaluate((msg) => (window as unknown as { tell: (x: object) => void }).tell(msg), m);
    // The map listens from its "ready" on (the protocol's rule for hosts): a message sent before is not heard.
    await expect.poll(() => page.evaluate(() => (window as unknown as { messages: { type?: string }[] }).messages.some((m) => m.type === 'ready')), { timeout: 10_000 }).toBe(true);
    await tell({ type: 'play' });
    await tell({ type: 'setTime', time: '2016-04-22T09:00' });
    await expect.poll(() => slider(frame).getAttribute('aria-valuetext')).toMatch(/^Friday 22 April 2016, 09:00/);
    await stopTime(page);
    await elapse(page, 1200);
    expect(await slider(frame).getAttribute('aria-valuetext')).toMatch(/^Friday 22 April 2016, 09:00/);
    expect(await frame.getByRole('button', { name: 'Play' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
