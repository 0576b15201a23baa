// A dataset with a vocabulary of its own (tests/fixtures/vocabulary: an invented war) in Chromium at
// 1280×800: its incident types on the map with their glyphs, its layers as toggles and in the legend
// by their names, and a layer turned off both hiding its incidents and written into the link.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveFixture } from './fixture-route';

const baseUrl = inject('baseUrl');
const SHOTS = '/work/shots';
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('a dataset with its own sides, incident types and layers', () => {
  it('shows its types and layers by name, and a layer turned off leaves the map and enters the link', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await serveFixture(context, 'vocabulary');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}?data=fixtures/vocabulary/dataset.json&t=2016-04-21T12:30`);
    await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached' });
    // Each of its three types is on the map, with its type in the marker's class.
    for (const type of ['protest', 'air_strike', 'armed_clash']) await page.locator(`.incident-${type}`).waitFor();

    await page.getByText('Layers', { exact: true }).click();
    const protests = page.getByRole('checkbox', { name: 'Protests and riots' });
    expect(await protests.isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Air strikes and shelling' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Mortar and artillery fire' }).count()).toBe(0);

    await page.getByText('Legend', { exact: true }).click();
    const legend = page.locator('.legend');
    await expect.poll(() => legend.innerText()).toMatch(/Protest\s[\s\S]*Air strike/);
    expect(await legend.innerText()).toMatch(/Battles and armed clashes[\s\S]*Protests and riots[\s\S]*Air strikes and shelling/);
    await page.screenshot({ path: `${SHOTS}/general-vocabulary-1280.png` });

    await protests.uncheck();
    await expect.poll(() => page.locator('.incident-protest').count()).toBe(0);
    expect(await page.locator('.incident-air_strike').count()).toBe(1);
    await expect.poll(() => new URL(page.url()).searchParams.get('layers')).toBe('control,sites,battles,remote');
    await page.screenshot({ path: `${SHOTS}/general-vocabulary-protests-off-1280.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
