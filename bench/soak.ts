// The soak: the built app on a synthetic dataset stepped many thousand times by keyboard, with the
// JS heap read after a forced garbage collection at the start, along the way and at the end. What
// a leak keeps per step shows as growth; what is only garbage does not.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { firstDrawn } from './first-draw';
import { publish } from './browser';
import type { SyntheticSize } from './generate';
import { machineLoad, type MachineLoad } from './machine-load';
import { SOAK_CYCLE, soakExcursion, soakKeys } from './soak-keys';

export interface SoakResult {
  size: string;
  steps: number;
  /** Steps taken before the first reading: lazily loaded parts and first-use caches are not a leak. */
  warmupSteps: number;
  /** Used JS heap after a forced GC (MiB). */
  startMB: number;
  endMB: number;
  growthMB: number;
  /** The heap after a GC every `everySteps` steps, to tell steady growth from a one-off. */
  samples: { steps: number; usedMB: number }[];
  seconds: number;
  load: { before: MachineLoad; after: MachineLoad };
}

export interface SoakOptions {
  steps: number;
  /** A heap reading (after a GC) every so many steps; 0 for none between start and end. */
  everySteps?: number;
  /** Told how far the soak has come, for a long run's progress line. */
  progress?: (done: number) => void;
}

const MB = 1048576;

/** The used JS heap after the page's garbage is collected (twice: a first pass can leave what a finalizer frees). */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / MB;
}

/** Presses the keys on the focused slider, one a frame, as a reader holding keys down would; fails if focus leaves it. */
function press(page: Page, keys: readonly string[]): Promise<void> {
  return page.evaluate(async (keys) => {
    const slider = document.querySelector<HTMLElement>('[role=slider]');
    slider?.focus();
    for (let i = 0; i < keys.length; i++) {
      if (!slider || document.activeElement !== slider) throw new Error(`soak: the slider is not focused at key ${i}`);
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: keys[i], bubbles: true, cancelable: true }));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
  }, keys);
}

const sliderValue = (page: Page) => page.evaluate(() => Number(document.querySelector('[role=slider]')?.getAttribute('aria-valuenow')));

export async function benchSoak(browser: Browser, size: SyntheticSize, appUrl: string, { steps, everySteps = 0, progress }: SoakOptions): Promise<SoakResult> {
  const before = machineLoad();
  const data = publish(size);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${appUrl}?data=${data}dataset.json&t=2024-01-31T00:00`);
    await firstDrawn(page);
    // The parts that load once the map is drawn (the list, the timeline's marks) are in before the first reading.
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    const t0 = performance.now();
    // A first cycle warms up, and shows the keys move the time: halfway through, it is at the cycle's furthest.
    const startValue = await sliderValue(page);
    const half = SOAK_CYCLE.length / 2;
    await press(page, SOAK_CYCLE.slice(0, half));
    const out = (await sliderValue(page)) - startValue;
    if (out !== soakExcursion(SOAK_CYCLE).max / 60_000) throw new Error(`soak: the warm-up's keys moved the time ${out} minutes, not ${soakExcursion(SOAK_CYCLE).max / 60_000}`);
    await press(page, SOAK_CYCLE.slice(half));
    const startMB = await heapAfterGc(cdp);

    const keys = soakKeys(steps);
    const batch = everySteps > 0 ? everySteps : 1000;
    const samples: SoakResult['samples'] = [];
    for (let done = 0; done < steps; done += batch) {
      await press(page, keys.slice(done, done + batch));
      const at = Math.min(steps, done + batch);
      if (everySteps > 0 && at < steps) samples.push({ steps: at, usedMB: await heapAfterGc(cdp) });
      progress?.(at);
    }
    // The slider must have followed every key: it ends where the keys say, relative to where it began (minutes).
    const moved = (await sliderValue(page)) - startValue;
    const expected = soakExcursion(keys).end / 60_000;
    if (moved !== expected) throw new Error(`soak: the time moved ${moved} minutes in ${steps} keys, expected ${expected}`);
    const endMB = await heapAfterGc(cdp);
    if (errors.length > 0) throw new Error(`the app failed during the soak: ${errors.join('; ')}`);
    samples.push({ steps, usedMB: endMB });
    return {
      size: size.name, steps, warmupSteps: SOAK_CYCLE.length, startMB, endMB, growthMB: endMB - startMB,
      samples: [{ steps: 0, usedMB: startMB }, ...samples], seconds: (performance.now() - t0) / 1000, load: { before, after: machineLoad() },
    };
  } finally {
    await context.close();
  }
}
