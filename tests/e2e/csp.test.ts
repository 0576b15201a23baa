import { readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../scripts/content-security-policy';
import { launchChromium } from './chromium';
import { cspConsoleMessages, recordViolations, violationsIn } from './csp-violations';
import { serveStatic } from './static-server';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: { url: string; server: Server };

const sandboxedHost = `<!doctype html><html><head><link rel="icon" href="data:,"></head><body>
<iframe src="${baseUrl}?embed=1&t=2016-04-21T12:00" width="360" height="480" title="Map" sandbox="allow-scripts allow-popups"></iframe>
</body></html>`;

beforeAll(async () => {
  browser = await launchChromium();
  host = await serveStatic('examples', { '/host.html': sandboxedHost });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.server.close(resolve));
});

async function openWithPolicyWatch(url: string): Promise<{ page: Page; consoleReports: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(10_000);
  await recordViolations(context);
  const page = await context.newPage();
  const consoleReports = cspConsoleMessages(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, consoleReports, errors };
}

const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const inventedTown = readdirSync('examples/datasets/invented-town').map((f) => `examples/datasets/invented-town/${f}`);

describe('Content Security Policy of the built app', () => {
  it('is in force: the page carries it, and an injected inline script, string eval or on* handler does not run', async () => {
    const { page } = await openWithPolicyWatch(baseUrl);
    await page.waitForSelector('path.area');
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    expect(await meta.getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);

    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
    });
    await page.evaluate(() => {
      setTimeout('window.__evaled = 1', 0);
      document.body.setAttribute('onclick', 'window.__handler = 1');
      document.body.click();
    });
    // All three were refused once all three violations are reported: only then is "did not run" known.
    await expect.poll(async () => (await violationsIn(page)).map((v) => v.directive).sort()).toEqual(['script-src', 'script-src-attr', 'script-src-elem']);
    expect(await page.evaluate(() => (window as { __inline?: number }).__inline)).toBeUndefined();
    expect(await page.evaluate(() => (window as { __evaled?: number }).__evaled)).toBeUndefined();
    expect(await page.evaluate(() => (window as { __handler?: number }).__handler)).toBeUndefined();
    await page.context().close();
  });

  it('lets the full app, the story, Export (blob downloads) and Load data (in a worker) work with no violation', async () => {
    const { page, consoleReports, errors } = await openWithPolicyWatch(`${baseUrl}?t=2016-04-21T14:30`);
    await page.waitForSelector('path.area');
    await page.locator('.site-marker').first().click();
    await page.locator('.leaflet-popup-content').waitFor();
    await page.getByText('About the data and sources').click();
    await page.getByRole('heading', { name: /^Sources \(\d+\)$/ }).waitFor();
    await page.getByText('Legend', { exact: true }).click();
    await page.locator('.legend-icon svg').first().waitFor();
    await page.getByText('Story', { exact: true }).click();
    await page.getByRole('button', { name: /Start the story/ }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByText('Step 2 of', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Export' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export data' });
    const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await page.keyboard.press('Escape');

    const worker = page.waitForEvent('worker');
    await page.getByRole('button', { name: 'Load data' }).click();
    await page.getByRole('dialog', { name: 'Load data' }).getByLabel('Choose files, or drop them here').setInputFiles(inventedTown);
    expect((await worker).url()).toMatch(/load-worker-[\w-]+\.js$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Millbrook/);

    expect(await violationsIn(page)).toEqual([]);
    expect(consoleReports).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets the map embedded in a sandboxed frame on another origin work with no violation', async () => {
    const { page, consoleReports, errors } = await openWithPolicyWatch(`${host.url}/host.html`);
    const frame = () => page.frames().find((f) => f.url().includes('embed=1'));
    await expect.poll(() => frame()?.locator('path.area').count() ?? 0, { timeout: 10_000 }).toBeGreaterThan(10);
    const map = frame();
    if (!map) throw new Error('no map frame');
    await map.locator('details.embed-list summary').click();
    await map.getByRole('list', { name: 'Incidents' }).getByRole('button').first().click();
    await map.locator('.leaflet-popup-content').waitFor();
    expect(await map.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    expect(await violationsIn(map)).toEqual([]);
    expect(consoleReports).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets web tiles from the host config.json names load', async () => {
    const context = await browser.newContext();
    await recordViolations(context);
    await context.route('**/config.json', (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ tiles: { url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: 'Test tiles' } }),
    }));
    await context.route('https://tiles.example.org/**', (route) => route.fulfill({ contentType: 'image/png', body: ONE_PIXEL_PNG }));
    const page = await context.newPage();
    await page.goto(baseUrl);
    await expect.poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    expect(await violationsIn(page)).toEqual([]);
    await context.close();
  });
});

describe('Content Security Policy of the scrollytelling example', () => {
  it('runs its own script and the map it embeds with no violation', async () => {
    const { page, consoleReports, errors } = await openWithPolicyWatch(`${host.url}/scrollytelling.html?map=${encodeURIComponent(baseUrl)}`);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/script-src 'self'/);
    await expect.poll(() => page.locator('#status').getAttribute('data-time'), { timeout: 10_000 }).not.toBeNull();
    const map = page.frames().find((f) => f.url().includes('embed=1'));
    if (!map) throw new Error('no map frame');
    expect(await violationsIn(page)).toEqual([]);
    expect(await violationsIn(map)).toEqual([]);
    expect(consoleReports).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
