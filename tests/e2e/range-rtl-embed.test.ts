// Selecting a range in Arabic (a right-to-left page over a timeline that runs left to right) and in
// the embedded layout at a phone's size, in Chromium: by pointer and by keyboard, what the reader
// sees matches what was selected, and axe finds nothing serious with a range shown.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { WCAG_TAGS, checkPage, seriousOrWorse } from './axe';
import { launchChromium } from './chromium';
import { openApp, pressOnTimeline } from './page';
import { linkTime, timeSlider, trackOf, type Point } from './timeline-track';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const PHONE = { width: 360, height: 640 };
const AR = { start: 'بداية الفترة', end: 'نهاية الفترة' };

async function drag(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** The middle of an element, across the page. */
async function middleX(page: Page, locator: ReturnType<Page['locator']>): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not shown');
  return box.x + box.width / 2;
}

/** The two ends in the timeline's heading, where the reader sees them. */
async function headingEnds(page: Page): Promise<{ texts: string[]; xs: number[] }> {
  const ends = page.locator('.timeline-now.is-range bdi');
  await ends.first().waitFor();
  const texts = await ends.allInnerTexts();
  const xs = [await middleX(page, ends.nth(0)), await middleX(page, ends.nth(1))];
  return { texts, xs };
}

describe('in Arabic', () => {
  it('a drag from right to left selects the range between the two points under the pointer, its handles there', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?lang=ar&t=2016-04-21T06:00');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const at = await trackOf(page, '2016-04-21T06:00');
    const [later, earlier] = [at('2016-04-22T06:00'), at('2016-04-20T18:00')];
    // The track runs left to right in every language: the later point is the right-hand one.
    expect(later.x).toBeGreaterThan(earlier.x + 100);
    await drag(page, later, earlier);
    await expect.poll(() => linkTime(page)).toMatch(/^2016-04-20T1[78]:\d\d\/2016-04-22T0[56]:\d\d$/);
    // Each end's handle sits where the pointer was at that end (within a grip's half-width).
    const start = page.getByRole('slider', { name: AR.start });
    const end = page.getByRole('slider', { name: AR.end });
    expect(Math.abs(await middleX(page, start) - earlier.x)).toBeLessThan(8);
    expect(Math.abs(await middleX(page, end) - later.x)).toBeLessThan(8);
    expect(await start.getAttribute('aria-valuetext')).toMatch(/^الأربعاء ٢٠ نيسان ٢٠١٦، ١[٧٨]:/);
    expect(await timeSlider(page).getAttribute('aria-valuetext')).toMatch(/^٢٠ نيسان ٢٠١٦، ١[٧٨]:[٠-٩]{2} – ٢٢ نيسان ٢٠١٦، ٠[٥٦]:[٠-٩]{2}$/);
    // The heading reads the range start first, as Arabic is read: from the right.
    const heading = await headingEnds(page);
    expect(heading.texts[0]).toMatch(/^الأربعاء ٢٠ نيسان ٢٠١٦، ١[٧٨]:/);
    expect(heading.texts[1]).toMatch(/^الجمعة ٢٢ نيسان ٢٠١٦، ٠[٥٦]:/);
    expect(heading.xs[0]).toBeGreaterThan(heading.xs[1] as number);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Shift with the arrows makes and extends a range, a handle moves its end, Escape clears it', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?lang=ar&t=2016-04-21T10:00');
    await pressOnTimeline(page, 'Shift+ArrowRight', 3);
    await expect.poll(() => linkTime(page)).toBe('2016-04-21T10:00/2016-04-21T13:00');
    expect(await timeSlider(page).getAttribute('aria-valuetext')).toBe('٢١ نيسان ٢٠١٦، ١٠:٠٠ – ٢١ نيسان ٢٠١٦، ١٣:٠٠');
    await pressOnTimeline(page, 'Shift+ArrowLeft');
    await expect.poll(() => linkTime(page)).toBe('2016-04-21T09:00/2016-04-21T13:00');
    expect((await headingEnds(page)).texts).toEqual(['الخميس ٢١ نيسان ٢٠١٦، ٠٩:٠٠', '١٣:٠٠']);

    // ArrowLeft takes the start handle left on the track, which is earlier.
    const start = page.getByRole('slider', { name: AR.start });
    const before = await middleX(page, start);
    await start.press('ArrowLeft');
    await expect.poll(() => linkTime(page)).toBe('2016-04-21T08:00/2016-04-21T13:00');
    expect(await middleX(page, start)).toBeLessThan(before);
    await start.press('Escape');
    await expect.poll(() => linkTime(page)).toBe('2016-04-21T13:00');
    expect(await page.locator('.timeline-now.is-range').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('axe finds no serious or critical violation with a range shown, on a phone', async () => {
    const { page } = await openApp(browser, baseUrl, '?lang=ar&t=2016-04-20T12:00/2016-04-22', PHONE);
    await page.getByRole('slider', { name: AR.end }).waitFor();
    await headingEnds(page);
    expect(seriousOrWorse(await checkPage(page, [...WCAG_TAGS, 'best-practice']))).toEqual([]);
    await page.context().close();
  });
});

describe('embedded, at 360×640', () => {
  it('a drag across the track selects a range; its heading and the full map\'s link carry it', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?embed=1&t=2016-04-21T06:00', PHONE);
    const at = await trackOf(page, '2016-04-21T06:00');
    await drag(page, at('2016-04-20T18:00'), at('2016-04-22T06:00'));
    await expect.poll(() => timeSlider(page).getAttribute('aria-valuetext')).toMatch(/^20 April 2016, 1[78]:\d\d – 22 April 2016, 0[56]:\d\d$/);
    const heading = await headingEnds(page);
    expect(heading.texts).toEqual([expect.stringMatching(/^Wed 20 Apr 2016, 1[78]:\d\d$/), expect.stringMatching(/^Fri 22 Apr 2016, 0[56]:\d\d$/)]);
    // Left to right in English (on a narrow screen the second end may wrap to a line of its own).
    const [first, second] = await Promise.all([0, 1].map((i) => page.locator('.timeline-now.is-range bdi').nth(i).boundingBox()));
    expect((first?.y ?? 0) < (second?.y ?? 0) || (first?.x ?? 0) < (second?.x ?? 0)).toBe(true);
    const full = page.getByRole('link', { name: 'Open the full map' });
    await full.hover();
    expect(new URL(await full.getAttribute('href') ?? '').searchParams.get('t')).toMatch(/^2016-04-20T1[78]:\d\d\/2016-04-22T0[56]:\d\d$/);
    // No sideways scroll with the longer heading.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const lang of ['en', 'ar']) {
    it(`axe finds no serious or critical violation with a range shown (${lang})`, async () => {
      const { page, errors } = await openApp(browser, baseUrl, `?embed=1&lang=${lang}&t=2016-04-20T12:00/2016-04-22`, PHONE);
      await page.getByRole('slider', { name: lang === 'ar' ? AR.end : 'Range end' }).waitFor();
      await headingEnds(page);
      expect(seriousOrWorse(await checkPage(page, [...WCAG_TAGS, 'best-practice']))).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
