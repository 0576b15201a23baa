// axe-core in Chromium, in every state a reader can reach: no serious or critical WCAG 2.1 A/AA violation.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { WCAG_TAGS, checkPage, seriousOrWorse, type AxeReport } from './axe';
import { launchChromium } from './chromium';
import { openApp } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;
const reports: [string, AxeReport][] = [];

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => {
  await browser?.close();
  // A11Y_REPORT=1 prints every state's figures, for the accessibility report.
  if (process.env.A11Y_REPORT) {
    for (const [state, r] of reports) {
      console.log(`${state}: rules ${JSON.stringify(r.byImpact)} elements ${JSON.stringify(r.nodesByImpact)} ${r.findings.map((f) => `${f.id}/${f.impact}×${f.targets.length}${process.env.A11Y_REPORT === 'targets' ? ` [${f.targets.join(' | ')}]` : ''}`).join(', ')}`);
    }
  }
});

async function expectNoSeriousViolation(page: Page, state: string): Promise<void> {
  const report = await checkPage(page, [...WCAG_TAGS, 'best-practice']);
  reports.push([state, report]);
  expect(seriousOrWorse(report), `axe in "${state}"`).toEqual([]);
}

const PHONE = { width: 360, height: 640 };

describe('axe-core finds no serious or critical violation', () => {
  it('in the full app on a desktop screen', async () => {
    const { page } = await openApp(browser, baseUrl);
    await expectNoSeriousViolation(page, 'full app 1280×800');
    await page.context().close();
  });

  it('in Arabic (right to left) and in Kurdish, with the Legend and About panels unfolded', async () => {
    for (const [lang, legend, about] of [['ar', 'دليل الرموز', 'عن البيانات والمصادر'], ['ku', 'Rêber', 'Derbarê daneyan û çavkaniyan de']] as const) {
      const { page } = await openApp(browser, baseUrl, `?lang=${lang}&t=2016-04-21T14:30`);
      await page.getByRole('table').first().waitFor();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      for (const panel of [legend, about]) await page.getByText(panel, { exact: true }).click();
      await page.locator('.legend, .about').nth(1).waitFor();
      await expectNoSeriousViolation(page, `full app in ${lang}, Legend and About unfolded`);
      await page.context().close();
    }
  });

  it('in the full app on a phone, with its panels folded and then unfolded', async () => {
    const { page } = await openApp(browser, baseUrl, '?t=2016-04-21T14:30', PHONE);
    await expectNoSeriousViolation(page, 'full app 360×640');
    for (const panel of ['Control of areas', 'Incidents']) await page.getByText(panel, { exact: true }).click();
    await page.getByRole('list', { name: 'Incidents' }).waitFor();
    await expectNoSeriousViolation(page, 'full app 360×640, table and list unfolded');
    await page.context().close();
  });

  it('in the embedded layout, with its incident list unfolded', async () => {
    const { page } = await openApp(browser, baseUrl, '?embed=1&t=2016-04-21T12:00', { width: 360, height: 480 });
    await page.getByText('Incidents', { exact: true }).click();
    await page.getByRole('list', { name: 'Incidents' }).waitFor();
    await expectNoSeriousViolation(page, 'embedded 360×480');
    await page.context().close();
  });

  for (const [button, dialog] of [['Share', 'Share this view'], ['Cite', 'Cite this dataset'], ['Embed', 'Embed this map'], ['Export', 'Export data'], ['Load data', 'Load data'], ['Sources', 'Sources']]) {
    it(`with the ${dialog} dialog open`, async () => {
      const { page } = await openApp(browser, baseUrl);
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.getByRole('dialog', { name: dialog }).getByRole('button').nth(1).waitFor();
      await expectNoSeriousViolation(page, `dialog ${dialog}`);
      await page.context().close();
    });
  }

  it('with the story open at a step', async () => {
    const { page } = await openApp(browser, baseUrl, '?step=story-bakery');
    await page.getByText(/^Step 2 of/).waitFor();
    await expectNoSeriousViolation(page, 'story at step 2');
    await page.context().close();
  });

  it('with an incident\'s popup open on the map', async () => {
    const { page } = await openApp(browser, baseUrl);
    await page.getByRole('list', { name: 'Incidents' }).getByRole('button', { name: /truce/i }).first().click();
    await page.locator('.leaflet-popup-content .popup-sources li').first().waitFor();
    // Leaflet fades a popup in: measure its colours once it is fully shown.
    await expect.poll(() => page.locator('.leaflet-popup').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await expectNoSeriousViolation(page, 'incident popup');
    await page.context().close();
  });

  it('with the Layers, Legend and About panels unfolded', async () => {
    const { page } = await openApp(browser, baseUrl, '?t=2016-04-21T14:30');
    for (const panel of ['Layers', 'Legend', 'About the data and sources']) await page.getByText(panel, { exact: true }).click();
    await page.getByRole('heading', { name: /^Sources \(\d+\)$/ }).waitFor();
    await page.locator('.legend-icon svg').first().waitFor();
    await page.getByRole('checkbox', { name: 'Sites' }).waitFor();
    await expectNoSeriousViolation(page, 'panels unfolded');
    await page.context().close();
  });
});
