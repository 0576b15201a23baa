// The first map readers see: the built-in dataset, from navigation to the frame in which the map is
// first drawn (the app's 'map:first-draw' mark), on a desktop-sized page and in the embedded layout
// at 360 px with the CPU slowed 4× (a mid-range phone). Loads alternate between the two, so that load
// on the machine falls on both alike; each load is a fresh context (nothing cached).
import type { Browser } from 'playwright-core';
import { firstDrawn } from './first-draw';
import { summarize, type Summary } from './stats';

export interface FirstMapResult {
  desktop: Summary;
  phone: Summary;
}

const LAYOUTS = {
  desktop: { query: '', viewport: { width: 1280, height: 800 }, cpuSlowdown: 1 },
  phone: { query: '?embed=1', viewport: { width: 360, height: 560 }, cpuSlowdown: 4 },
} as const;

async function firstDrawMs(browser: Browser, appUrl: string, layout: (typeof LAYOUTS)[keyof typeof LAYOUTS]): Promise<number> {
  const context = await browser.newContext({ viewport: layout.viewport });
  try {
    const page = await context.newPage();
    if (layout.cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: layout.cpuSlowdown });
    }
    await page.goto(appUrl + layout.query);
    return await firstDrawn(page);
  } finally {
    await context.close();
  }
}

export async function benchFirstMap(browser: Browser, appUrl: string, loads: number): Promise<FirstMapResult> {
  const desktop: number[] = [];
  const phone: number[] = [];
  for (let i = 0; i < loads; i++) {
    desktop.push(await firstDrawMs(browser, appUrl, LAYOUTS.desktop));
    phone.push(await firstDrawMs(browser, appUrl, LAYOUTS.phone));
  }
  return { desktop: summarize(desktop), phone: summarize(phone) };
}
