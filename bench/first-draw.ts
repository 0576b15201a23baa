// Waits for a page's first drawn map and says when it was drawn (ms after navigation, the page's clock).
import type { Page } from 'playwright-core';
import { FIRST_DRAW_MARK } from '../src/core/performance-marks';

export async function firstDrawn(page: Page, timeout = 60_000): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_DRAW_MARK, { timeout });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN, FIRST_DRAW_MARK);
}
