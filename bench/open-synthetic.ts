// Opens the built app (the embedded layout with --embed) in Chromium on a synthetic dataset, ready to step through: shared by the
// step profiler and the step trace.
import { firstDrawn } from './first-draw';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/chromium';
import { serveDist } from '../tests/e2e/serve';
import { KEY_STEP, publish, RANGE_END_STEP, RANGE_LINK } from './browser';
import { SIZES, type SyntheticSize } from './generate';

/** The arguments both step tools take (see src/cli/args.ts). */
export const SYNTHETIC_ARGS = {
  flags: {
    embed: { help: 'open the embedded layout (embed=1)' },
    range: { help: `open on a range (t=${RANGE_LINK}) and move its end, as Shift+ArrowRight on the timeline does` },
  },
  positionals: [{ name: 'size', help: `0, 1 or 2: ${SIZES.map((s) => s.name).join('; ')} (default 1)` }],
};

/** The size a command-line argument names (0, 1 or 2; the middle one when absent), or null. */
export function sizeNamed(arg: string | undefined): SyntheticSize | null {
  return /^\d$/.test(arg ?? '1') ? SIZES[Number(arg ?? 1)] ?? null : null;
}

export interface OpenOptions {
  /** The embedded layout (embed=1) rather than the full page. */
  embed?: boolean;
  /** Open on the benchmark's range rather than a moment (see RANGE_LINK). */
  range?: boolean;
}

export async function openSynthetic(size: SyntheticSize, { embed = false, range = false }: OpenOptions = {}): Promise<{ browser: Browser; page: Page; close: () => Promise<void> }> {
  const { url, server } = await serveDist();
  const data = publish(size);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}?${embed ? 'embed=1&' : ''}data=${data}dataset.json&t=${range ? RANGE_LINK : '2024-01-31T00:00'}`);
  await firstDrawn(page);
  if (range) await page.waitForFunction(() => document.querySelectorAll('.range-handle').length === 2, null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  return { browser, page, close: async () => { await browser.close(); await server.close(); } };
}

/** 100 hourly steps by keyboard (of the range's end with `range`), each waiting for the frame that shows it. */
export const hundredSteps = ({ range = false }: { range?: boolean } = {}) => `(async () => { for (let i = 0; i < 100; i++) {
  ${range ? RANGE_END_STEP : KEY_STEP}
  await new Promise((r) => requestAnimationFrame(() => r())); } })()`;
