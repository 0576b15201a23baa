// Opens the built app (the embedded layout with --embed) in Chromium on a synthetic dataset, ready to step through: shared by the
// step profiler and the step trace.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/chromium';
import { serveDist } from '../tests/e2e/serve';
import { publish } from './browser';
import { SIZES, type SyntheticSize } from './generate';

/** The arguments both step tools take (see src/cli/args.ts). */
export const SYNTHETIC_ARGS = {
  flags: { embed: { help: 'open the embedded layout (embed=1)' } },
  positionals: [{ name: 'size', help: `0, 1 or 2: ${SIZES.map((s) => s.name).join('; ')} (default 1)` }],
};

/** The size a command-line argument names (0, 1 or 2; the middle one when absent), or null. */
export function sizeNamed(arg: string | undefined): SyntheticSize | null {
  return /^\d$/.test(arg ?? '1') ? SIZES[Number(arg ?? 1)] ?? null : null;
}

export interface OpenOptions {
  /** The embedded layout (embed=1) rather than the full page. */
  embed?: boolean;
}

export async function openSynthetic(size: SyntheticSize, { embed = false }: OpenOptions = {}): Promise<{ browser: Browser; page: Page; close: () => Promise<void> }> {
  const { url, server } = await serveDist();
  const data = publish(size);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}?${embed ? 'embed=1&' : ''}data=${data}dataset.json&t=2024-01-31T00:00`);
  await page.waitForFunction(() => performance.getEntriesByName('map:first-draw').length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  return { browser, page, close: async () => { await browser.close(); await server.close(); } };
}

/** 100 hourly steps by keyboard, each waiting for the frame that shows it. */
export const HUNDRED_STEPS = `(async () => { for (let i = 0; i < 100; i++) {
  document.querySelector('[role=slider]').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  await new Promise((r) => requestAnimationFrame(() => r())); } })()`;
