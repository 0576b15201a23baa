// A crowded range drawn step by step looks exactly as the same range drawn at once: moving the range's
// end redraws only its recent marks and adds the newly settled ones to what is already drawn, and the
// result must not drift from a fresh drawing (seeded synthetic data, ten thousand incidents); nor may
// the bands of the areas that changed hands, drawn on the areas' canvas, added and dropped by area.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generate, SIZES, type SyntheticSize } from '../../bench/generate';
import { launchChromium } from './chromium';
import { serveFixture } from './fixture-route';

const baseUrl = inject('baseUrl');
/** A day of hourly steps: the end moves from the last moment of 17 February to that of the 18th. */
const STEPS = 24;

let browser: Browser;
let dir: string;
let name: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'range-canvas-'));
  const { manifest, files } = generate(SIZES[1] as SyntheticSize);
  name = manifest.id;
  mkdirSync(join(dir, name), { recursive: true });
  writeFileSync(join(dir, name, 'dataset.json'), JSON.stringify(manifest));
  for (const [file, json] of Object.entries(files)) writeFileSync(join(dir, name, file), JSON.stringify(json));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(range: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await serveFixture(context, name, { dir: join(dir, name) });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}?embed=1&data=fixtures/${name}/dataset.json&t=${range}`);
  await page.locator('canvas.point-canvas').waitFor({ state: 'attached', timeout: 45_000 });
  if (range.includes('/')) await page.locator('.range-handle').first().waitFor();
  return { page, errors, close: () => context.close() };
}

/** The marks as shown (one canvas: the settled ones, the recent ones over them; or the areas' canvas) after the next frames: a checksum and how many pixels hold a mark. */
function drawing(page: Page): Promise<{ sum: number; marked: number }> {
  return page.evaluate(async () => {
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    const canvases = document.querySelectorAll<HTMLCanvasElement>('canvas.point-canvas');
    const ctx = canvases.length === 1 ? canvases[0]?.getContext('2d') : null;
    if (!ctx) return { sum: -1, marked: -1 };
    const data = ctx.getImageData(0, 0, ctx.canvas.width, ctx.canvas.height).data;
    let sum = 0;
    let marked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      marked++;
      sum = (sum * 31 + (data[i] as number) * 7 + (data[i + 1] as number) * 11 + (data[i + 2] as number) * 13 + (data[i + 3] as number) + i) % 2147483647;
    }
    return { sum, marked };
  });
}

/** The areas' canvas's pixels (RGBA) after the next frames. */
function areaPixels(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.area-canvas');
    const ctx = canvas?.getContext('2d');
    return ctx ? Array.from(ctx.getImageData(0, 0, ctx.canvas.width, ctx.canvas.height).data) : [];
  });
}

/**
 * How many pixels of two drawings differ by more than the edges' smoothing does. An area's place
 * drawn anew within its box, and the same area drawn with the whole canvas, smooth their edges a
 * little differently (a few units of a channel); a band missing, left behind or in another colour
 * differs by far more, over hundreds of pixels.
 */
function differing(a: readonly number[], b: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 4) {
    for (let k = 0; k < 4; k++) {
      if (Math.abs((a[i + k] as number) - (b[i + k] as number)) > 40) {
        count++;
        break;
      }
    }
  }
  return count;
}

describe('a crowded range as its end moves', () => {
  it('draws, step by step, what the range drawn at once shows', async () => {
    const stepped = await open('2024-02-14/2024-02-17');
    const track = stepped.page.locator('.timeline-track');
    const start = Number(await track.getAttribute('aria-valuenow'));
    await track.focus();
    for (let i = 1; i <= STEPS; i++) {
      await stepped.page.keyboard.press('Shift+ArrowRight');
      await expect.poll(() => track.getAttribute('aria-valuenow')).toBe(String(start + 60 * i));
    }
    const after = await drawing(stepped.page);
    expect(stepped.errors).toEqual([]);
    await stepped.close();

    const fresh = await open('2024-02-14/2024-02-18');
    const once = await drawing(fresh.page);
    expect(fresh.errors).toEqual([]);
    await fresh.close();
    expect(once.marked).toBeGreaterThan(1000);
    expect(after).toEqual(once);
  }, 120_000);
});

describe('a crowded moment as it moves', () => {
  it('draws, step by step forward and back, what the moment drawn at once shows', async () => {
    // Each step drops the oldest marks and adds new ones; stepping back makes settled marks recent again.
    const stepped = await open('2024-02-14T12:00');
    const track = stepped.page.locator('.timeline-track');
    const start = Number(await track.getAttribute('aria-valuenow'));
    await track.focus();
    const keys = [...Array.from({ length: 20 }, () => 'ArrowRight'), ...Array.from({ length: 6 }, () => 'ArrowLeft')];
    let hours = 0;
    for (const key of keys) {
      await stepped.page.keyboard.press(key);
      hours += key === 'ArrowRight' ? 1 : -1;
      await expect.poll(() => track.getAttribute('aria-valuenow')).toBe(String(start + 60 * hours));
    }
    const after = await drawing(stepped.page);
    expect(stepped.errors).toEqual([]);
    await stepped.close();

    const fresh = await open('2024-02-15T02:00');
    const once = await drawing(fresh.page);
    expect(fresh.errors).toEqual([]);
    await fresh.close();
    expect(once.marked).toBeGreaterThan(100);
    expect(after).toEqual(once);
  }, 120_000);
});

describe('a crowded range whose marks the keyboard rings', () => {
  it('leaves no ring behind once the keyboard moves on and leaves: the marks are as the range drawn afresh shows', async () => {
    const RANGE = '2024-02-14/2024-02-16';
    const ringed = await open(RANGE);
    const marks = ringed.page.getByRole('listbox', { name: /incidents on the map/ });
    const plain = await drawing(ringed.page);
    await ringed.page.locator('.leaflet-container').focus();
    for (let i = 0; i < 10 && !await marks.evaluate((el) => el === document.activeElement); i++) await ringed.page.keyboard.press('Tab');
    expect(await marks.evaluate((el) => el === document.activeElement)).toBe(true);
    // A ring is drawn, then moved from mark to mark: no drawing may leave any of the last ring behind.
    const first = await drawing(ringed.page);
    expect(first).not.toEqual(plain);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      const before = await marks.getAttribute('aria-activedescendant');
      await ringed.page.keyboard.press(key);
      await expect.poll(() => marks.getAttribute('aria-activedescendant')).not.toBe(before);
    }
    await ringed.page.keyboard.press('Shift+Tab');
    await expect.poll(() => marks.evaluate((el) => el === document.activeElement)).toBe(false);
    const after = await drawing(ringed.page);
    expect(ringed.errors).toEqual([]);
    await ringed.close();

    const fresh = await open(RANGE);
    const once = await drawing(fresh.page);
    expect(fresh.errors).toEqual([]);
    await fresh.close();
    expect(once.marked).toBeGreaterThan(1000);
    expect(after).toEqual(once);
    expect(plain).toEqual(once);
  }, 120_000);
});

describe('a range\'s bands on the areas\' canvas as its end moves', () => {
  it('adds and drops the bands of the areas that came into the range or left it: the canvas is as the range drawn at once shows', async () => {
    const stepped = await open('2024-02-14/2024-02-17');
    const track = stepped.page.locator('.timeline-track');
    const start = Number(await track.getAttribute('aria-valuenow'));
    const labels = stepped.page.locator('.area-was-label');
    await stepped.page.locator('canvas.area-canvas').waitFor({ state: 'attached' });
    await expect.poll(() => labels.count()).toBeGreaterThan(0);
    const before = await labels.count();
    await track.focus();
    // The end six hours later (bands added), the start three hours earlier (bands whose holder at the
    // start differs redrawn in its colour), then the end six hours back (bands dropped).
    const startHandle = stepped.page.locator('.range-handle.is-start');
    const endHandle = stepped.page.locator('.range-handle.is-end');
    const startAt = Number(await startHandle.getAttribute('aria-valuenow'));
    for (let i = 1; i <= 6; i++) {
      await stepped.page.keyboard.press('Shift+ArrowRight');
      await expect.poll(() => track.getAttribute('aria-valuenow')).toBe(String(start + 60 * i));
    }
    for (let i = 1; i <= 3; i++) {
      await stepped.page.keyboard.press('Shift+ArrowLeft');
      await expect.poll(() => startHandle.getAttribute('aria-valuenow')).toBe(String(startAt - 60 * i));
    }
    const marked = await labels.count();
    // Areas came into the range on the way: the steps drew bands.
    expect(marked).toBeGreaterThan(before);
    const endAt = Number(await endHandle.getAttribute('aria-valuenow'));
    await endHandle.focus();
    for (let i = 1; i <= 6; i++) {
      await stepped.page.keyboard.press('ArrowLeft');
      await expect.poll(() => endHandle.getAttribute('aria-valuenow')).toBe(String(endAt - 60 * i));
    }
    // And some left it: their bands were dropped.
    expect(await labels.count()).toBeLessThan(marked);
    const ends = await stepped.page.locator('.range-handle').evaluateAll((els) => els.map((el) => el.getAttribute('aria-valuenow')));
    const left = await labels.count();
    const after = await areaPixels(stepped.page);
    expect(stepped.errors).toEqual([]);
    await stepped.close();

    const fresh = await open('2024-02-13T21:00/2024-02-17');
    await fresh.page.locator('canvas.area-canvas').waitFor({ state: 'attached' });
    expect(await fresh.page.locator('.range-handle').evaluateAll((els) => els.map((el) => el.getAttribute('aria-valuenow')))).toEqual(ends);
    await expect.poll(() => fresh.page.locator('.area-was-label').count()).toBe(left);
    const once = await areaPixels(fresh.page);
    expect(fresh.errors).toEqual([]);
    await fresh.close();
    expect(once.filter((v, i) => i % 4 === 3 && v > 0).length).toBeGreaterThan(100_000);
    expect(after).toHaveLength(once.length);
    expect(differing(after, once)).toBe(0);
  }, 120_000);
});
