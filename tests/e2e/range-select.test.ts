// Selecting a range on the timeline in Chromium: a pointer drag across the track, Shift with the
// arrows, a range end's handle, Escape, the quick ranges, and Play inside a range; at a phone's
// size too, and axe with a range shown; "This day" and the link it writes, opened again.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { WCAG_TAGS, checkPage, seriousOrWorse } from './axe';
import { launchChromium } from './chromium';
import { openApp, pressOnTimeline } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const PHONE = { width: 360, height: 640 };
/** The ends of the track sit this far inside it (track-geometry's PAD). */
const PAD = 14;
const slider = (page: Page) => page.getByRole('slider', { name: 'Time shown on the map' });
const search = (page: Page) => decodeURIComponent(new URL(page.url()).search);
/** Allaya prison's inner band in its previous holder's colour: drawn when a range covers its capture (21 April, noon). */
const allayaMarked = (page: Page) => page.locator('path.area-was-allaya-prison').count();

/**
 * Where local times fall on the track, as a function; measured while the page shows a moment (the
 * slider's value is then that moment's minutes from the data's start).
 */
async function trackOf(page: Page): Promise<(local: string) => { x: number; y: number }> {
  await slider(page).scrollIntoViewIfNeeded();
  const box = await slider(page).boundingBox();
  if (!box) throw new Error('no timeline track');
  const max = Number(await slider(page).getAttribute('aria-valuemax'));
  const now = Number(await slider(page).getAttribute('aria-valuenow'));
  const shown = Date.parse(`${/^\?t=([^/&]+)$/.exec(search(page))?.[1] ?? ''}+03:00`);
  if (Number.isNaN(shown)) throw new Error(`no moment in the link ${search(page)}`);
  const start = shown - now * 60_000;
  return (local) => ({
    x: box.x + PAD + ((Date.parse(`${local}+03:00`) - start) / (max * 60_000)) * (box.width - 2 * PAD),
    y: box.y + box.height * 0.4,
  });
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

for (const viewport of [{ width: 1280, height: 800 }, PHONE]) {
  describe(`at ${viewport.width}×${viewport.height}`, () => {
    it('a drag across the track away from the handle selects a range; its end handle drags; Escape clears it', async () => {
      const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-21T06:00', viewport);
      const at = await trackOf(page);
      await drag(page, at('2016-04-20T18:00'), at('2016-04-22T06:00'));
      // Snapped to five minutes; a pixel is some minutes wide, so the ends are read to the hour.
      await expect.poll(() => search(page)).toMatch(/^\?t=2016-04-20T1[78]:\d\d\/2016-04-22T0[56]:\d\d$/);
      await expect.poll(() => allayaMarked(page)).toBe(1);
      const end = page.getByRole('slider', { name: 'Range end' });
      expect(await end.getAttribute('aria-valuetext')).toMatch(/^Friday 22 April 2016, 0[56]:\d\d, local time/);

      // The range's end handle moves the end only.
      const grip = await end.boundingBox();
      if (!grip) throw new Error('no range end handle');
      await drag(page, { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 }, { x: at('2016-04-23T12:00').x, y: grip.y + grip.height / 2 });
      await expect.poll(() => search(page)).toMatch(/^\?t=2016-04-20T1[78]:\d\d\/2016-04-23T1[12]:\d\d$/);

      await page.keyboard.press('Escape');
      await expect.poll(() => search(page)).toMatch(/^\?t=2016-04-23T1[12]:\d\d$/);
      expect(await allayaMarked(page)).toBe(0);
      expect(await page.getByRole('slider', { name: 'Range end' }).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('a click on the track still moves the time, and a drag of the handle still scrubs', async () => {
      const { page } = await openApp(browser, baseUrl, '?t=2016-04-21T06:00', viewport);
      const at = await trackOf(page);
      await page.mouse.click(at('2016-04-22T12:00').x, at('2016-04-22T12:00').y);
      await expect.poll(() => search(page)).toMatch(/^\?t=2016-04-22T1[12]:\d\d$/);
      // From the handle (where the click left it), a drag moves the time, not a range.
      await drag(page, at('2016-04-22T12:00'), at('2016-04-23T12:00'));
      await expect.poll(() => search(page)).toMatch(/^\?t=2016-04-23T1[12]:\d\d$/);
      await page.context().close();
    });

    it('Shift+ArrowRight makes a range from the time shown; Escape clears it', async () => {
      const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-21T10:00', viewport);
      expect(await allayaMarked(page)).toBe(0);
      await pressOnTimeline(page, 'Shift+ArrowRight', 3);
      await expect.poll(() => search(page)).toBe('?t=2016-04-21T10:00/2016-04-21T13:00');
      await expect.poll(() => allayaMarked(page)).toBe(1);
      await pressOnTimeline(page, 'Escape');
      await expect.poll(() => search(page)).toBe('?t=2016-04-21T13:00');
      expect(await allayaMarked(page)).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('the quick ranges make a range, and axe finds nothing serious with one shown', async () => {
      const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-21T15:00', viewport);
      await page.getByText('Range', { exact: true }).click();
      await page.getByRole('group', { name: 'Quick ranges' }).getByRole('button', { name: 'Last 6 hours' }).click();
      await expect.poll(() => search(page)).toBe('?t=2016-04-21T09:00/2016-04-21T15:00');
      await expect.poll(() => allayaMarked(page)).toBe(1);
      await page.getByRole('slider', { name: 'Range start' }).waitFor();
      expect(seriousOrWorse(await checkPage(page, [...WCAG_TAGS, 'best-practice']))).toEqual([]);
      await page.getByText('Range', { exact: true }).click();
      await page.getByRole('button', { name: 'Clear range' }).click();
      await expect.poll(() => search(page)).toBe('?t=2016-04-21T15:00');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
}

describe('Play inside a range', () => {
  it('plays the range from its start to its end, keeping it a range, and stops there', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Under reduced motion playback moves in one-second jumps (two hours each at the usual speed),
    // which Playwright's clock steps through.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install();
    await page.goto(`${baseUrl}?t=2016-04-21T10:00/2016-04-21T16:00`);
    await slider(page).waitFor();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => slider(page).getAttribute('aria-valuetext')).toBe('21 April 2016, 10:00 – 21 April 2016, 10:00');
    await page.clock.runFor(1_000);
    await expect.poll(() => slider(page).getAttribute('aria-valuetext')).toBe('21 April 2016, 10:00 – 21 April 2016, 12:00');
    await page.clock.runFor(2_000);
    await expect.poll(() => slider(page).getAttribute('aria-valuetext')).toBe('21 April 2016, 10:00 – 21 April 2016, 16:00');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await page.clock.runFor(2_000);
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('21 April 2016, 10:00 – 21 April 2016, 16:00');
    await context.close();
  });
});

describe('"This day" among the quick ranges', () => {
  // 24 April is the data's last day: its end is the data's end, and is still written as the day.
  for (const day of ['2016-04-21', '2016-04-24']) {
    it(`makes ${day} a range written as the day at both ends; that link opens the same range`, async () => {
      const { page, errors } = await openApp(browser, baseUrl, `?t=${day}T15:00`);
      await page.getByText('Range', { exact: true }).click();
      await page.getByRole('group', { name: 'Quick ranges' }).getByRole('button', { name: 'This day' }).click();
      await expect.poll(() => search(page)).toBe(`?t=${day}/${day}`);
      // A range, so the What changed panel comes with it.
      await page.locator('#panel-changes').waitFor();
      await expect.poll(() => page.locator('.timeline-now.is-range').innerText()).toMatch(/, whole day\s+local time/);
      const ends = (p: Page) => Promise.all(['Range start', 'Range end'].map((name) => p.getByRole('slider', { name }).getAttribute('aria-valuetext')));
      const made = { value: await slider(page).getAttribute('aria-valuetext'), ends: await ends(page) };
      expect(made.ends[0]).toMatch(/, 00:00, local time/);
      expect(made.ends[1]).toMatch(/, 23:59, local time/);

      const opened = await openApp(browser, baseUrl, `?t=${day}/${day}`);
      await opened.page.getByRole('slider', { name: 'Range end' }).waitFor();
      expect({ value: await slider(opened.page).getAttribute('aria-valuetext'), ends: await ends(opened.page) }).toEqual(made);
      expect(search(opened.page)).toBe(`?t=${day}/${day}`);
      expect([...errors, ...opened.errors]).toEqual([]);
      await page.context().close();
      await opened.page.context().close();
    });
  }
});
