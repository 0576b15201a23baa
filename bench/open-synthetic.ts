// Opens the built app (the embedded layout with --embed) in Chromium on a synthetic dataset, ready to step through: shared by the
// step profiler and the step trace.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/chromium';
import { serveDist } from '../tests/e2e/serve';
import { publish } from './browser';
import { SIZES, type SyntheticSize } from './generate';

/** The size named by the first one-digit argument (0, 1 or 2), else the middle one. */
export function sizeFromArgs(argv: readonly string[]): SyntheticSize {
  return SIZES[Number(argv.find((a) => /^\d$/.test(a)) ?? 1)] ?? (SIZES[1] as SyntheticSize);
}

export async function openSynthetic(size: SyntheticSize): Promise<{ browser: Browser; page: Page; close: () => Promise<void> }> {
  const { url, server } = await serveDist();
  const data = publish(size);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}?${process.argv.includes('--embed') ? 'embed=1&' : ''}data=${data}dataset.json&t=2024-01-31T00:00`);
  await page.waitForFunction(() => performance.getEntriesByName('map:first-draw').length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  return { browser, page, close: async () => { await browser.close(); await server.close(); } };
}

/** 100 hourly steps by keyboard, each waiting for the frame that shows it. */
export const HUNDRED_STEPS = `(async () => { for (let i = 0; i < 100; i++) {
  document.querySelector('[role=slider]').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  await new Promise((r) => requestAnimationFrame(() => r())); } })()`;
