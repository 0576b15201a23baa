// Scrubs the timeline by keyboard and reads the JS heap after garbage collection, for the test that
// time steps leave nothing behind (and the scratch soaks that measured the leak).
import type { CDPSession, Page } from 'playwright-core';

/** Hourly steps forward, then as many day steps back: each round ends where it began. */
export const ROUND = { hours: 96, days: 4 };
export const STEPS_PER_ROUND = ROUND.hours + ROUND.days;

/** The heap in use after a full collection, in bytes (the same for a busy machine as an idle one). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  // Twice: objects freed by the first collection's finalizers go in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * `rounds` rounds of hourly steps forward and day steps back on the focused slider (the timeline's),
 * by its keys, each step waiting for the frame that shows it. Returns how many steps moved the time
 * (a step at an end of the data does not).
 */
export async function scrubRounds(page: Page, rounds: number): Promise<number> {
  // A script rather than a function: the page runs it as written, with no helpers a compiler adds.
  return page.evaluate(`(async () => {
    const slider = document.activeElement;
    if (!slider || slider.getAttribute('role') !== 'slider') throw new Error('focus the slider first');
    let moved = 0;
    const keys = [];
    for (let r = 0; r < ${rounds}; r++) keys.push(...Array(${ROUND.hours}).fill('ArrowRight'), ...Array(${ROUND.days}).fill('PageDown'));
    for (const key of keys) {
      const before = slider.getAttribute('aria-valuenow');
      slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await new Promise((r) => requestAnimationFrame(() => r()));
      if (slider.getAttribute('aria-valuenow') !== before) moved++;
    }
    return moved;
  })()`) as Promise<number>;
}
