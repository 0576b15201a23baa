// Where local times fall on the timeline's track, for tests that press, drag or touch it at a moment.
import type { Frame, Page } from 'playwright-core';

/** The ends of the track sit this far inside it (track-geometry's PAD). */
const PAD = 14;
/** The dataset's zone offset (Qamishli, April 2016), for reading local times written in tests. */
const OFFSET = '+03:00';

export type Point = { x: number; y: number };

/** The timeline's own slider: the first, whatever language its name is in (a range's handles follow it). */
export const timeSlider = (page: Page | Frame) => page.getByRole('slider').first();

/**
 * Where local times fall on the track, as a function. Measured from the slider itself: its value is
 * the minutes from the data's start to the time shown, so `shown` (the local time the page shows,
 * or a range's end) fixes the scale.
 */
export async function trackOf(page: Page | Frame, shown: string): Promise<(local: string) => Point> {
  const slider = timeSlider(page);
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('no timeline track');
  const max = Number(await slider.getAttribute('aria-valuemax'));
  const now = Number(await slider.getAttribute('aria-valuenow'));
  const start = Date.parse(`${shown}${OFFSET}`) - now * 60_000;
  if (Number.isNaN(start)) throw new Error(`not a local time: ${shown}`);
  return (local) => ({
    x: box.x + PAD + ((Date.parse(`${local}${OFFSET}`) - start) / (max * 60_000)) * (box.width - 2 * PAD),
    y: box.y + box.height * 0.4,
  });
}

/** The link's `t=`, as the reader's address bar shows it. */
export const linkTime = (page: Page) => new URL(page.url()).searchParams.get('t');
