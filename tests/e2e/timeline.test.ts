import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { openApp, pressOnTimeline } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('timeline and map updates in Chromium', () => {
  it('drags the handle to a moment', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    const slider = page.getByRole('slider', { name: 'Time shown on the map' });
    const box = await slider.boundingBox();
    if (!box) throw new Error('no slider box');
    // The track spans five days between 14 px paddings: drag to the middle of the third day.
    const x = box.x + 14 + ((box.width - 28) * 2.5) / 5;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(x, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/^Friday 22 April 2016, 1[12]:\d\d, local time/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('paints the hourly bars on the track once its painter has loaded, and again at a new width', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    // Pixels of the histogram's bar colour, and the canvas's width in device pixels.
    const painted = () => page.locator('.timeline-backdrop canvas').evaluate((c: HTMLCanvasElement) => {
      const { data } = (c.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, c.width, c.height);
      let bars = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === 0xb9 && data[i + 1] === 0xb2 && data[i + 2] === 0xa3) bars++;
      return { width: c.width, bars };
    });
    await expect.poll(async () => (await painted()).bars).toBeGreaterThan(50);
    const before = await painted();
    await page.setViewportSize({ width: 1000, height: 800 });
    await expect.poll(async () => (await painted()).width).toBeLessThan(before.width);
    expect((await painted()).bars).toBeGreaterThan(50);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('hatches contested areas and outlines one that just changed hands', async () => {
    const { page } = await openApp(browser, baseUrl);
    await pressOnTimeline(page, 'ArrowRight', 18); // 20 April, 18:00: the sieges
    const square = page.locator('path.area-security-square');
    expect(await square.getAttribute('fill')).toBe('url(#hatch-government)');
    expect(await square.getAttribute('class')).toMatch(/is-contested/);
    await pressOnTimeline(page, 'ArrowRight', 19); // 21 April, 13:00: an hour after the capture
    const prison = page.locator('path.area-allaya-prison');
    expect(await prison.getAttribute('class')).toMatch(/is-recent/);
    expect(Number(await prison.getAttribute('stroke-width'))).toBeGreaterThan(3);
    await pressOnTimeline(page, 'ArrowRight', 8); // 21 April, 21:00: no longer recent
    expect(await prison.getAttribute('class')).not.toMatch(/is-recent/);
    await page.context().close();
  });

  it('patches the map instead of rebuilding it on each step', async () => {
    const { page } = await openApp(browser, baseUrl);
    await pressOnTimeline(page, 'PageUp', 1);
    await pressOnTimeline(page, 'ArrowRight', 13);
    const area = await page.locator('path.area-allaya-prison').elementHandle();
    const marker = await page.locator('.incident-capture').first().elementHandle();
    if (!area || !marker) throw new Error('missing area or marker');
    await pressOnTimeline(page, 'ArrowRight', 3);
    expect(await area.evaluate((el) => el.isConnected)).toBe(true);
    expect(await marker.evaluate((el) => el.isConnected)).toBe(true);
    // Far from the capture the marker is removed, and the same area node is restyled.
    await pressOnTimeline(page, 'PageUp', 2);
    expect(await marker.evaluate((el) => el.isConnected)).toBe(false);
    expect(await area.evaluate((el) => el.isConnected)).toBe(true);
    await page.context().close();
  });

  it('shows and hides a layer from its toggle', async () => {
    const { page } = await openApp(browser, baseUrl);
    await pressOnTimeline(page, 'PageUp', 1);
    await pressOnTimeline(page, 'ArrowRight', 14);
    expect(await page.locator('.incident-mortar').count()).toBeGreaterThan(0);
    await page.locator('details#panel-layers summary').click();
    await page.getByRole('checkbox', { name: 'Mortar and artillery fire' }).uncheck();
    expect(await page.locator('.incident-mortar').count()).toBe(0);
    expect(await page.locator('path.fire-line').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Control of areas' }).uncheck();
    expect(await page.locator('path.area-allaya-prison').getAttribute('fill-opacity')).toBe('0');
    await page.context().close();
  });
});
