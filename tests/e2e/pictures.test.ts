// Pictures from the page, in Chromium: Export's "Download image" gives a PNG of the map's size (and
// twice it), its alt text is there to copy; "Download animation" of a range gives a GIF with a frame
// per step, shows its progress, and Cancel stops it with nothing downloaded.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gifStructure, PNG_SIGNATURE, pngSize } from '../helpers/image-headers';
import { launchChromium } from './chromium';
import { openApp } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const SETTLED = { timeout: 20_000 };

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export data' });
  await dialog.getByRole('heading', { name: 'Picture of this view' }).waitFor(SETTLED);
  return dialog;
}

async function mapSize(page: Page): Promise<{ width: number; height: number }> {
  const box = await page.locator('.map-area > .map').boundingBox();
  if (!box) throw new Error('no map');
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

describe('pictures from the page', () => {
  it('Download image: a PNG of the map as shown, at 1× and 2×, and alt text that says the view', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-21T12:00');
    const size = await mapSize(page);
    const dialog = await openExport(page);
    const alt = await dialog.getByRole('textbox', { name: 'Alt text' }).inputValue();
    expect(alt).toMatch(/^21 April 2016, 12:00 local time\. .*Allaya prison changed hands/);
    for (const [scale, suffix] of [[1, ''], [2, '@2x']] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download', SETTLED),
        dialog.getByRole('button', { name: `Download image (PNG, ${scale}×)` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`qamishlo-2016-04_2016-04-21T1200${suffix}.png`);
      const png = readFileSync(await download.path());
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(pngSize(png)).toEqual({ width: size.width * scale, height: size.height * scale });
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Download animation: a GIF of the range, a frame an hour, with progress', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-21T09:00/2016-04-21T15:00');
    const size = await mapSize(page);
    const dialog = await openExport(page);
    expect(await dialog.getByText('7 frames').count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Download animation (GIF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('qamishlo-2016-04_2016-04-21T0900_2016-04-21T1500.gif');
    const gif = gifStructure(new Uint8Array(readFileSync(await download.path())));
    expect(gif).toMatchObject({ version: 'GIF89a', width: size.width, height: size.height, loops: true });
    expect(gif.frames).toHaveLength(7);
    expect(gif.frames.every((f) => f.delay === 50)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Cancel stops an animation part-way, and nothing is downloaded', async () => {
    const { page } = await openApp(browser, baseUrl, '?t=2016-04-20/2016-04-23');
    const dialog = await openExport(page);
    await dialog.getByRole('combobox', { name: /^A frame every/ }).selectOption('0.5');
    let downloads = 0;
    page.on('download', () => { downloads++; });
    await dialog.getByRole('button', { name: 'Download animation (GIF)' }).click();
    const progress = dialog.getByRole('progressbar');
    await expect.poll(async () => Number(await progress.getAttribute('value')), SETTLED).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.getByText('Cancelled.').waitFor(SETTLED);
    expect(await dialog.getByRole('button', { name: 'Download animation (GIF)' }).isEnabled()).toBe(true);
    expect(downloads).toBe(0);
    await page.context().close();
  });
});
