// The benchmark's step timer counts a step's main-thread time once: when the vsync falls while the
// step's own tasks still run, the frame is counted from their end, not from that vsync, so a step's
// time never exceeds the time that passed from its input to its frame.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MEASURE_STEP } from '../../bench/browser';
import { launchChromium } from './chromium';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

it('times a step that outlasts a frame by its work, never by more than the time that passed', async () => {
  const page = await browser.newPage();
  await page.setContent('<p>a step</p>');
  // Like the app's steps, each asks for a frame first (the map draws in one), then keeps the main thread
  // busy for 25 ms, longer than a 60 Hz frame, so the frame it asked for is due before its work ends.
  const steps = await page.evaluate(`(async () => {
    const measure = ${MEASURE_STEP};
    const out = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      const [sync, frame] = await measure(() => {
        requestAnimationFrame(() => { document.querySelector('p').textContent = 'step ' + i; });
        const end = performance.now() + 25;
        while (performance.now() < end);
      });
      out.push({ timed: sync + frame, passed: performance.now() - start });
    }
    return out;
  })()`) as { timed: number; passed: number }[];
  for (const { timed, passed } of steps) {
    expect(timed).toBeGreaterThanOrEqual(25);
    expect(timed).toBeLessThanOrEqual(passed + 0.5);
  }
  await page.close();
});
