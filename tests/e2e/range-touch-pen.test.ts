// Selecting a range on the timeline with a finger and with a pen, in Chromium: real touch and pen
// input through the DevTools protocol, on a phone-sized page that has a touch screen.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, CDPSession } from 'playwright-core';
import { launchChromium } from './chromium';
import { openPhone as openPhoneAt } from './page';
import { linkTime, timeSlider, trackOf, type Point } from './timeline-track';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** A phone, 640 px tall (page.ts). */
const openPhone = (query: string) => openPhoneAt(browser, baseUrl + query, 640);

/** Points from `from` to `to` in `steps` even steps, the last one `to`. */
const pathOf = (from: Point, to: Point, steps: number): Point[] =>
  Array.from({ length: steps }, (_, i) => ({ x: from.x + ((to.x - from.x) * (i + 1)) / steps, y: from.y + ((to.y - from.y) * (i + 1)) / steps }));

async function touchDrag(cdp: CDPSession, from: Point, to: Point): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...from, id: 1 }] });
  for (const p of pathOf(from, to, 10)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ ...p, id: 1 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function penDrag(cdp: CDPSession, from: Point, to: Point): Promise<void> {
  const pen = { pointerType: 'pen', button: 'left', clickCount: 1, force: 0.5 } as const;
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...from, pointerType: 'pen', button: 'none', buttons: 0 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...from, ...pen, buttons: 1 });
  for (const p of pathOf(from, to, 10)) await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...p, ...pen, buttons: 1 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...to, ...pen, buttons: 0 });
}

describe('on a phone with a touch screen', () => {
  it('a finger dragged across the track selects the range between where it went down and where it lifted; one on an end handle moves that end', async () => {
    const { page, cdp, errors } = await openPhone('?t=2016-04-21T06:00');
    const at = await trackOf(page, '2016-04-21T06:00');
    await touchDrag(cdp, at('2016-04-20T18:00'), at('2016-04-22T06:00'));
    // Snapped to five minutes; a pixel is some minutes wide on a phone, so the ends are read to the hour or so.
    await expect.poll(() => linkTime(page)).toMatch(/^2016-04-20T1[78]:\d\d\/2016-04-22T0[56]:\d\d$/);
    const end = page.getByRole('slider', { name: 'Range end' });
    expect(await end.getAttribute('aria-valuetext')).toMatch(/^Friday 22 April 2016, 0[56]:\d\d/);
    // A finger on the range's end handle moves that end only.
    const grip = await end.boundingBox();
    if (!grip) throw new Error('no range end handle');
    const onGrip = { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 };
    await touchDrag(cdp, onGrip, { x: at('2016-04-23T12:00').x, y: onGrip.y });
    await expect.poll(() => linkTime(page)).toMatch(/^2016-04-20T1[78]:\d\d\/2016-04-23T1[12]:\d\d$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a tap on the track moves the time there, and makes no range', async () => {
    const { page, cdp } = await openPhone('?t=2016-04-21T06:00');
    const at = await trackOf(page, '2016-04-21T06:00');
    const p = at('2016-04-22T12:00');
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...p, id: 1 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => linkTime(page)).toMatch(/^2016-04-22T1[12]:\d\d$/);
    await page.context().close();
  });

  it('a finger moved up the track scrolls the page, and moves neither the time nor a range', async () => {
    const { page, cdp } = await openPhone('?t=2016-04-21T06:00');
    const at = await trackOf(page, '2016-04-21T06:00');
    const scrolled = () => page.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
    const before = await scrolled();
    const from = at('2016-04-22T12:00');
    await touchDrag(cdp, from, { x: from.x, y: from.y - 200 });
    await expect.poll(scrolled).toBeGreaterThan(before);
    expect(linkTime(page)).toBe('2016-04-21T06:00');
    expect(await timeSlider(page).getAttribute('aria-valuetext')).toMatch(/^Thursday 21 April 2016, 06:00/);
    await page.context().close();
  });

  it('a finger scrolling the page over the track leaves playback playing', async () => {
    const { page, cdp } = await openPhone('?t=2016-04-21T06:00');
    const at = await trackOf(page, '2016-04-21T06:00');
    await page.getByRole('button', { name: 'Play' }).click();
    const pause = page.getByRole('button', { name: 'Pause' });
    await pause.waitFor();
    const from = at('2016-04-22T12:00');
    await touchDrag(cdp, from, { x: from.x, y: from.y - 200 });
    // Played on: the time shown has moved past where it was, and Pause is still offered.
    await expect.poll(() => timeSlider(page).getAttribute('aria-valuenow')).not.toBe(String(30 * 60));
    expect(await pause.count()).toBe(1);
    await page.context().close();
  });

  it('a pen dragged across the track, right to left, selects the range between its two ends', async () => {
    const { page, cdp, errors } = await openPhone('?t=2016-04-21T06:00');
    const at = await trackOf(page, '2016-04-21T06:00');
    await penDrag(cdp, at('2016-04-22T18:00'), at('2016-04-20T12:00'));
    await expect.poll(() => linkTime(page)).toMatch(/^2016-04-20T1[12]:\d\d\/2016-04-22T1[78]:\d\d$/);
    expect(await page.getByRole('slider', { name: 'Range start' }).getAttribute('aria-valuetext')).toMatch(/^Wednesday 20 April 2016, 1[12]:\d\d/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
