// Cite in Chromium: the header's Cite (the dataset) and a popup's Cite (one record) at desktop and
// phone sizes, in English and Arabic; the text shown carries the data's version (v=); axe finds
// nothing in the open dialog. An old-version link opens with a notice naming what was corrected since.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { WCAG_TAGS, rulesTagged } from './axe';
import { launchChromium } from './chromium';
import { openApp } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;
let version = '';

beforeAll(async () => {
  browser = await launchChromium();
  const { page } = await openApp(browser, baseUrl);
  version = await page.evaluate(() => fetch('data/dataset.json').then((r) => r.json()).then((j: { version: string }) => j.version));
  await page.context().close();
});
afterAll(async () => { await browser?.close(); });

const TRUCE = 'Indefinite truce takes effect';
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 640 } } as const;
const WORDS = {
  en: { cite: 'Cite', dataset: 'Cite this dataset', record: `Cite: ${TRUCE}`, menu: 'Menu', field: /^Citation \(/ },
  ar: { cite: 'استشهاد', dataset: 'الاستشهاد بمجموعة البيانات', record: `استشهاد: ${TRUCE}`, menu: 'القائمة', field: /^الاستشهاد \(/ },
} as const;

/** The citation shown once citation-js has written it. */
async function citationIn(dialog: Locator, lang: keyof typeof WORDS): Promise<string> {
  const field = dialog.getByRole('textbox', { name: WORDS[lang].field });
  await expect.poll(() => field.getAttribute('aria-busy'), { timeout: 20_000 }).toBe('false');
  return field.inputValue();
}

/** The permalink in a plain reference. */
const permalinkIn = (text: string) => new URL(/https?:\/\/\S+$/.exec(text)?.[0] ?? 'about:blank');

/** axe, on the dialog alone: WCAG 2.1 A and AA and best practice. */
async function expectNothingFromAxe(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('dialog[open]').withRules(rulesTagged([...WCAG_TAGS, 'best-practice'])).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), `axe in ${state}`).toEqual([]);
}

async function openHeaderCite(page: Page, lang: keyof typeof WORDS, phone: boolean): Promise<void> {
  if (phone) await page.getByRole('button', { name: WORDS[lang].menu }).click();
  await page.getByRole('button', { name: WORDS[lang].cite, exact: true }).click();
}

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const lang of ['en', 'ar'] as const) {
    describe(`Cite at ${size} size (${viewport.width}×${viewport.height}), ${lang}`, () => {
      it('cites the dataset from the header, with the version in the permalink, and closes on Escape', async () => {
        const { page, errors } = await openApp(browser, baseUrl, `?t=2016-04-21T12:00${lang === 'ar' ? '&lang=ar' : ''}`, viewport);
        await openHeaderCite(page, lang, size === 'phone');
        const dialog = page.getByRole('dialog', { name: WORDS[lang].dataset });
        const text = await citationIn(dialog, lang);
        const url = permalinkIn(text);
        expect(url.searchParams.get('v')).toBe(version);
        expect(url.searchParams.get('t')).toBe('2016-04-21T12:00');
        expect(url.searchParams.get('lang')).toBe(lang === 'ar' ? 'ar' : null);
        expect(text).toContain(`(Version ${version})`);
        expect(text).toContain('Retrieved ');
        // The dialog fits the screen.
        const box = await dialog.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
        await expectNothingFromAxe(page, `header Cite, ${size}, ${lang}`);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        expect(errors).toEqual([]);
        await page.context().close();
      });

      it('cites an incident from its popup, with its own permalink and the version', async () => {
        const { page, errors } = await openApp(browser, baseUrl, `?event=truce${lang === 'ar' ? '&lang=ar' : ''}`, viewport);
        // On a phone the popup is a sheet, a dialog named by its title; on a desktop a popup.
        const popup = size === 'phone' ? page.getByRole('dialog', { name: TRUCE }) : page.locator('.leaflet-popup');
        const cite = popup.getByRole('button', { name: WORDS[lang].cite, exact: true });
        await cite.click();
        const dialog = page.getByRole('dialog', { name: WORDS[lang].record });
        const text = await citationIn(dialog, lang);
        expect(text.startsWith(TRUCE)).toBe(true);
        const url = permalinkIn(text);
        expect(url.searchParams.get('event')).toBe('truce');
        expect(url.searchParams.get('v')).toBe(version);
        // BibTeX: the record in the dataset, with the version.
        await dialog.getByRole('radio', { name: 'BibTeX (BibLaTeX)' }).check();
        const bibtex = await citationIn(dialog, lang);
        expect(bibtex).toMatch(/^@dataset\{qamishlo_2016_04_truce,/);
        expect(bibtex).toContain(`version = {${version}}`);
        await expectNothingFromAxe(page, `popup Cite, ${size}, ${lang}`);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        // Focus goes back to the popup's Cite button.
        expect(await cite.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    });
  }
}

describe('Cite in the embedded layout', () => {
  it('cites an incident from its details sheet, with the full map’s permalink (no embed=1) and the version', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?embed=1&event=truce', { width: 360, height: 560 });
    const cite = page.getByRole('dialog', { name: TRUCE }).getByRole('button', { name: 'Cite', exact: true });
    await cite.click();
    const dialog = page.getByRole('dialog', { name: WORDS.en.record });
    const url = permalinkIn(await citationIn(dialog, 'en'));
    expect(url.searchParams.get('event')).toBe('truce');
    expect(url.searchParams.get('v')).toBe(version);
    expect(url.searchParams.has('embed')).toBe(false);
    await expectNothingFromAxe(page, 'popup Cite, embedded, 360 × 560');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a link made with an older version of the data', () => {
  it('opens with a notice naming the corrections since to the incident it names, and why', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?v=1.0.0&event=truce');
    const notice = page.getByRole('status').filter({ hasText: /version “1\.0\.0”/ });
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.innerText();
    expect(text).toContain(`this map shows version “${version}”`);
    expect(text).toContain(`The incident “${TRUCE}” (version “1.1.0”)`);
    expect(text).toContain('Fact-check of November 2026, item 1');
    // The rest of the link applies: the incident is selected and its popup open.
    await page.locator('.leaflet-popup').getByRole('heading', { name: TRUCE }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so in Arabic on a phone', async () => {
    const { page, errors } = await openApp(browser, baseUrl, '?lang=ar&v=1.0.0&event=truce', SIZES.phone);
    const notice = page.getByRole('status').filter({ hasText: /أُنشئ الرابط بالإصدار/ });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.innerText()).toContain('Fact-check of November 2026, item 1');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names a newer or an unreadable version in its own notice', async () => {
    const { page } = await openApp(browser, baseUrl, '?v=99.0&t=2016-04-21');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'The link was made with version “99.0” of the data, which this map does not have' }).count()).toBe(1);
    await page.goto(`${baseUrl}?v=latest&t=2016-04-21`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'The data version “latest” in the link could not be read' }).count()).toBe(1);
    await page.context().close();
  });
});
