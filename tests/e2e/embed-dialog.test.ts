// The Embed dialog in the full app: its live previews load the snippet's address and follow the
// reporter's choices, take the height their map asks for, keep out of the Tab cycle, fit a phone,
// and pass axe.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { wantedMapHeight } from '../../src/core/embed-height';
import { WCAG_TAGS, rulesTagged } from './axe';
import { launchChromium } from './chromium';
import { openApp } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

async function openEmbed(page: Page): Promise<Locator> {
  // On a phone the researchers' actions are in the header's Menu.
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await dialog.waitFor();
  return dialog;
}

/** The address the snippet's frame opens, as the article's HTML parser will read it. */
async function snippetSrc(dialog: Locator): Promise<string> {
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  return (/<iframe src="([^"]+)"/.exec(code)?.[1] ?? '').replace(/&amp;/g, '&');
}

const previews = (dialog: Locator) => [dialog.getByTitle('Preview at phone width'), dialog.getByTitle('Preview at desktop width')];

async function contentOf(frame: Locator): Promise<Frame> {
  const content = await (await frame.elementHandle())?.contentFrame();
  if (!content) throw new Error('no frame content');
  return content;
}

/** Both previews show `src`: their address, and the page loaded in them, with its map drawn. */
async function expectPreviewsOn(dialog: Locator, src: string): Promise<void> {
  for (const frame of previews(dialog)) {
    await expect.poll(() => frame.getAttribute('src'), { timeout: 10_000 }).toBe(src);
    const content = await contentOf(frame);
    await expect.poll(() => content.url(), { timeout: 10_000 }).toBe(src);
    await content.locator('.leaflet-overlay-pane path.area').first().waitFor({ state: 'attached', timeout: 15_000 });
  }
}

/** Nothing inside the frame scrolls, and its map has the height wanted for its width: the frame took the height asked for. */
async function fitsItsMap(frame: Locator): Promise<boolean> {
  const inner = await (await contentOf(frame)).evaluate(() => {
    const doc = document.scrollingElement as Element;
    const map = document.querySelector('.embed-map');
    return { width: doc.clientWidth, scroll: doc.scrollHeight - doc.clientHeight, map: map instanceof HTMLElement ? map.offsetHeight : 0 };
  });
  return inner.scroll <= 0 && Math.abs(inner.map - wantedMapHeight(inner.width)) <= 1;
}

describe('the Embed dialog previews the embed', () => {
  it('at 1280×800: both previews load the snippet\'s address, and follow dark, plain and a story step', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?t=2016-04-21T12:00');
    const dialog = await openEmbed(page);
    const first = await snippetSrc(dialog);
    expect(first).toBe(`${baseUrl}?t=2016-04-21T12:00&embed=1`);
    await expectPreviewsOn(dialog, first);

    await dialog.getByRole('radio', { name: 'Dark' }).check();
    await dialog.getByRole('checkbox', { name: 'Plain (no header)' }).check();
    const styled = await snippetSrc(dialog);
    expect(styled).toBe(`${baseUrl}?t=2016-04-21T12:00&embed=1&theme=dark&plain=1`);
    await expectPreviewsOn(dialog, styled);

    await dialog.getByRole('radio', { name: 'Story step' }).check();
    await dialog.getByRole('combobox', { name: 'Step' }).selectOption({ label: 'Allaya prison falls' });
    const step = await snippetSrc(dialog);
    expect(step).toBe(`${baseUrl}?embed=1&step=story-prison&theme=dark&plain=1`);
    await expectPreviewsOn(dialog, step);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('gives each responsive preview the height its own map asks for', async () => {
    const { page, errors } = await openApp(browser, baseUrl);
    const dialog = await openEmbed(page);
    await expectPreviewsOn(dialog, await snippetSrc(dialog));
    const [phone, desktop] = previews(dialog) as [Locator, Locator];
    // The maps ask once they are laid out; until then the frames keep the snippet's 480 px.
    await expect.poll(() => fitsItsMap(phone), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => fitsItsMap(desktop), { timeout: 10_000 }).toBe(true);
    const desktopHeight = await desktop.getAttribute('height');

    // A request from one frame's window sizes that frame only.
    await (await contentOf(phone)).evaluate(() => parent.postMessage({ protocol: 'conflict-map', version: 1, type: 'resize', height: 777 }, '*'));
    await expect.poll(() => phone.getAttribute('height')).toBe('777');
    expect(await desktop.getAttribute('height')).toBe(desktopHeight);
    // The page drawn smaller: the box around the frame is the frame's height at the preview's scale.
    const scale = await phone.evaluate((f) => f.getBoundingClientRect().width / 360);
    const box = await phone.evaluate((f) => (f.parentElement as HTMLElement).getBoundingClientRect().height);
    expect(Math.abs(box - 777 * scale)).toBeLessThanOrEqual(1);

    // The fixed form shows the chosen height.
    await dialog.getByRole('radio', { name: 'Fixed height' }).check();
    await dialog.getByRole('combobox', { name: 'Height' }).selectOption('640');
    expect(await phone.getAttribute('height')).toBe('640');
    expect(await desktop.getAttribute('height')).toBe('640');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps Tab on the dialog\'s own controls, never inside a preview', async () => {
    const { page } = await openApp(browser, baseUrl);
    const dialog = await openEmbed(page);
    await expectPreviewsOn(dialog, await snippetSrc(dialog));
    const controls = await dialog.locator('button, input, select, textarea, summary').count();
    const where = () => page.evaluate(() => {
      const el = document.activeElement;
      return el?.closest('dialog') ? el.tagName : `outside: ${el?.tagName ?? 'none'}`;
    });
    const seen = new Set<string>();
    for (let i = 0; i < 2 * controls + 1; i++) {
      await page.keyboard.press('Tab');
      seen.add(await where());
    }
    expect([...seen].sort()).toEqual(['BUTTON', 'INPUT', 'SUMMARY', 'TEXTAREA']);
    await page.context().close();
  });

  it('at 360×640: nothing scrolls sideways, with the preview folded and unfolded', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '', { width: 360, height: 640 });
    const dialog = await openEmbed(page);
    const sideways = () => dialog.evaluate((d) => [d.scrollWidth - d.clientWidth, document.documentElement.scrollWidth - document.documentElement.clientWidth]);
    // Two more copies of the app are too much for a phone to start unasked.
    expect(await dialog.getByTitle('Preview at phone width').count()).toBe(0);
    expect(await sideways()).toEqual([0, 0]);
    await dialog.getByText('Preview', { exact: true }).click();
    await expectPreviewsOn(dialog, await snippetSrc(dialog));
    expect(await sideways()).toEqual([0, 0]);
    for (const frame of previews(dialog)) {
      const box = await frame.evaluate((f) => (f.parentElement as HTMLElement).getBoundingClientRect());
      expect(box.width).toBeLessThanOrEqual(360);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('axe finds nothing in the open dialog, previews included', async () => {
    const { page } = await openApp(browser, baseUrl);
    const dialog = await openEmbed(page);
    await expectPreviewsOn(dialog, await snippetSrc(dialog));
    const results = await new AxeBuilder({ page }).include('dialog').withRules(rulesTagged([...WCAG_TAGS, 'best-practice'])).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await page.context().close();
  });
});
