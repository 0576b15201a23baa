// The timeline's head keeps its height as a range's end moves: a label that wrapped at some hours and
// not at others moved the map under the reader's pointer (and made Leaflet redraw it) on such steps.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { openApp } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** The map's and the timeline head's heights. */
const layout = (page: Page) => page.evaluate(() => {
  const height = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().height ?? NaN;
  return { map: height('.leaflet-container'), head: height('.timeline-head') };
});

const cases = [
  { name: 'the whole app, 1280 px', query: '', viewport: { width: 1280, height: 800 } },
  { name: 'the whole app, 1024 px', query: '', viewport: { width: 1024, height: 768 } },
  { name: 'the whole app in Arabic, 1280 px', query: '&lang=ar', viewport: { width: 1280, height: 800 } },
  { name: 'embedded, 360 px', query: '&embed=1', viewport: { width: 360, height: 560 } },
];

describe('a range\'s end moved across whole days and hours', () => {
  for (const { name, query, viewport } of cases) {
    it(`${name}: the map and the timeline's head keep their heights`, async () => {
      const { page, errors } = await openApp(browser, baseUrl, `?t=2016-04-20/2016-04-21${query}`, viewport);
      const track = page.locator('.timeline-track');
      // The range's handles, its heading's style and the panels load on demand: measured once all is in.
      await page.locator('.range-handle.is-end').waitFor();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      let last = '';
      await expect.poll(async () => { const now = JSON.stringify(await layout(page)); const settled = now === last; last = now; return settled; }, { interval: 200 }).toBe(true);
      await track.focus();
      const first = await layout(page);
      // From whole days to their end at 00:59 the next day, hour by hour to whole days again.
      for (let step = 1; step <= 24; step++) {
        await page.keyboard.press('Shift+ArrowRight');
        await expect.poll(() => track.getAttribute('aria-valuenow')).toBe(String(2880 + 60 * step));
        // The link (replaced at most a few times a second) names the range to the minute, then in whole days again.
        const range = { 1: '2016-04-20/2016-04-22T00:59', 24: '2016-04-20/2016-04-22' }[step];
        if (range) await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe(range);
        const now = await layout(page);
        expect({ step, map: now.map, head: now.head }).toEqual({ step, map: first.map, head: first.head });
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
