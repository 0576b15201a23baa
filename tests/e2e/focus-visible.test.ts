// Every kind of focusable thing shows a focus ring when reached from the keyboard: an outline, a
// shadow or a frame that is not there without focus, in a colour with 3:1 contrast or more.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { openApp } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

interface Ring {
  focusVisible: boolean;
  outline: string;
  outlineWidth: number;
  outlineColour: string;
  shadow: string;
  /** The map's frame, drawn by a pseudo-element. */
  frameWidth: number;
  frameColour: string;
}

const ringOf = (target: Locator): Promise<Ring> => target.evaluate((el) => {
  const s = getComputedStyle(el);
  const after = getComputedStyle(el, '::after');
  return {
    focusVisible: el.matches(':focus-visible'),
    outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}`,
    outlineWidth: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
    outlineColour: s.outlineColor,
    shadow: s.boxShadow,
    frameWidth: after.content === 'none' ? 0 : parseFloat(after.borderTopWidth),
    frameColour: after.borderTopColor,
  };
});

/** WCAG contrast of an rgb() colour against white (the ground around every control here). */
function contrastOnWhite(colour: string): number {
  const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

/** Focuses the element as the keyboard would (a key pressed first), and compares its look with focus and without. */
async function expectFocusRing(page: Page, name: string, target: Locator): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const rest = await ringOf(target);
  await page.keyboard.press('Shift');
  await target.focus();
  const focused = await ringOf(target);
  expect(focused.focusVisible, `${name} matches :focus-visible`).toBe(true);
  const changed = focused.outline !== rest.outline || focused.shadow !== rest.shadow || focused.frameWidth !== rest.frameWidth;
  expect(changed, `${name}: focus changes its look`).toBe(true);
  const ring = focused.outlineWidth >= 2 ? focused.outlineColour : focused.frameWidth >= 2 ? focused.frameColour : null;
  expect(ring, `${name}: a ring at least 2 px wide (outline ${focused.outline}, shadow ${focused.shadow})`).not.toBeNull();
  expect(contrastOnWhite(ring as string), `${name}: ring colour ${ring}`).toBeGreaterThanOrEqual(3);
}

describe('a visible focus ring', () => {
  it('on the header, timeline, map, list, panels and popups of the full app', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-21T12:30');
    const list = page.getByRole('list', { name: 'Incidents' });
    const samples: [string, Locator][] = [
      ['header button', page.getByRole('button', { name: 'Share' })],
      ['timeline slider', page.getByRole('slider', { name: 'Time shown on the map' })],
      ['playback button', page.getByRole('button', { name: 'Play' })],
      ['speed select', page.getByRole('combobox', { name: 'Speed' })],
      ['day button', page.getByRole('button', { name: 'Thu 21 Apr: show all of 21 April 2016' })],
      ['map', page.getByRole('region', { name: 'Map' })],
      ['zoom button', page.getByRole('button', { name: 'Zoom in' })],
      ['site marker', page.getByRole('button', { name: 'Qamishli Airport (KAC/OSKL)', exact: true })],
      ['incident marker', page.getByRole('button', { name: 'Capture: Kurdish forces capture Allaya prison', exact: true })],
      ['attribution link', page.getByRole('link', { name: 'Leaflet' })],
      ['panel summary', page.locator('summary').filter({ hasText: 'Control of areas' })],
      ['incident button', list.getByRole('button', { name: /Kurdish forces capture Allaya prison/ })],
      ['permalink', list.getByRole('link', { name: 'Link to: Kurdish forces capture Allaya prison' })],
    ];
    for (const [name, target] of samples) await expectFocusRing(page, name, target);

    await page.locator('summary').filter({ hasText: 'Layers' }).click();
    await expectFocusRing(page, 'checkbox', page.getByRole('checkbox', { name: 'Sites' }));
    await page.locator('summary').filter({ hasText: 'Story' }).click();
    await expectFocusRing(page, 'story button', page.getByRole('button', { name: /Start the story/ }));

    await list.getByRole('button', { name: /Kurdish forces capture Allaya prison/ }).click();
    const popup = page.locator('.leaflet-popup');
    await popup.locator('.popup-sources li').first().waitFor();
    await expectFocusRing(page, 'popup close button', popup.getByRole('button', { name: 'Close popup' }));
    await expectFocusRing(page, 'popup link', popup.getByRole('link', { name: 'Link to this incident' }));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in a dialog', async () => {
    const { page } = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await expectFocusRing(page, 'dialog close button', dialog.getByRole('button', { name: 'Close' }));
    await expectFocusRing(page, 'radio button in a dialog', dialog.getByRole('radio', { name: 'Responsive (with script)' }));
    await dialog.getByRole('radio', { name: 'Fixed height' }).check();
    await expectFocusRing(page, 'select in a dialog', dialog.getByRole('combobox', { name: 'Height' }));
    await expectFocusRing(page, 'text area', dialog.getByRole('textbox', { name: 'Embed code' }));
    await expectFocusRing(page, 'dialog button', dialog.getByRole('button', { name: 'Copy embed code' }));
    await page.context().close();
  });

  it('in the embedded layout', async () => {
    const { page } = await openApp(browser, baseUrl, '?embed=1', { width: 360, height: 480 });
    await expectFocusRing(page, 'link to the full map', page.getByRole('link', { name: 'Open the full map' }));
    await expectFocusRing(page, 'folded list', page.locator('summary').filter({ hasText: 'Incidents' }));
    await page.context().close();
  });
});
