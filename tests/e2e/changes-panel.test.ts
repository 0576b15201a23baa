// The "What changed" panel in Chromium: shown for a range at desktop and phone sizes, its incident
// buttons select, Export offers the range's Changes GeoJSON (checked by an independent validator),
// and axe finds nothing with the panel open, in English and in Arabic.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getIssues } from '@placemarkio/check-geojson';
import { WCAG_TAGS, checkPage } from './axe';
import { launchChromium } from './chromium';
import { openApp } from './page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const RANGE = '?t=2016-04-20/2016-04-23';
const PHONE = { width: 360, height: 640 };

/** Opens the panel where it is folded (on phones) and waits for its body. */
async function openPanel(page: Page, title: string): Promise<void> {
  const panel = page.locator('#panel-changes');
  await panel.waitFor();
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator(':scope > summary').click();
  await page.getByRole('heading', { name: title, level: 2 }).waitFor();
  await panel.locator('.changes').waitFor();
}

describe('What changed, in Chromium', () => {
  const layouts: [string, { width: number; height: number }][] = [['', { width: 1280, height: 800 }], ['', PHONE], ['&embed=1', PHONE]];
  for (const [layout, viewport] of layouts) {
    it(`at ${viewport.width}×${viewport.height}${layout ? ', embedded' : ''}: the panel lists Allaya prison's change, and its incident button selects the incident`, async () => {
      const { page, errors } = await openApp(browser, baseUrl, RANGE + layout, viewport);
      await openPanel(page, 'What changed');
      const panel = page.locator('#panel-changes');
      const changes = panel.getByRole('list', { name: 'Changes of control, in time order' });
      const capture = changes.locator('li[data-change="allaya-prison-captured"]');
      expect(await capture.getByRole('heading', { name: 'Allaya prison' }).count()).toBe(1);
      // Its sources are folded under their count; unfolded, they are links.
      await capture.locator('summary', { hasText: 'Sources (6)' }).click();
      expect(await capture.getByRole('link', { name: /^RT, / }).getAttribute('href')).toBe('https://www.rt.com/news/340542-kurds-qamishli-syria-army/');
      const button = panel.getByRole('button', { name: /Kurdish forces capture Allaya prison/ });
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await expect.poll(() => button.getAttribute('aria-current')).toBe('true');
      // Its popup opens on the map, and the range stays shown.
      await expect.poll(() => page.locator('.leaflet-popup [data-incident="prison-capture"]').count()).toBe(1);
      expect(new URL(page.url()).searchParams.get('t')).toBe('2016-04-20/2016-04-23');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('is not in the sidebar for a moment', async () => {
    const { page } = await openApp(browser, baseUrl, '?t=2016-04-21T14:00');
    await page.getByRole('table', { name: 'Who controls what' }).waitFor();
    expect(await page.locator('#panel-changes').count()).toBe(0);
    await page.context().close();
  });

  it('Export offers the range\'s Changes GeoJSON, and the file is valid', async () => {
    const { page, errors } = await openApp(browser, baseUrl, RANGE);
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export data' });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Changes (GeoJSON)' }).click()]);
    expect(download.suggestedFilename()).toBe('qamishlo-2016-04_changes_2016-04-20_2016-04-23.geojson');
    const text = readFileSync(await download.path(), 'utf8');
    expect(getIssues(text)).toEqual([]);
    const fc = JSON.parse(text) as { changes: { from: string; to: string }; features: { id: string; properties: Record<string, unknown> }[] };
    expect(fc.changes).toMatchObject({ from: '2016-04-20T00:00:00+03:00' });
    expect(fc.features.find((f) => f.id === 'allaya-prison')?.properties).toMatchObject({ controller_before: 'government', controller_after: 'asayish' });

    const [csv] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Changes (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('qamishlo-2016-04_changes_2016-04-20_2016-04-23.csv');
    expect(readFileSync(await csv.path(), 'utf8')).toMatch(/allaya-prison-captured/);
    // The exports that were there before are still offered.
    expect(await dialog.getByRole('button', { name: 'Download GeoJSON snapshot' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const [lang, title] of [['en', 'What changed'], ['ar', 'ما الذي تغيّر']] as const) {
    it(`axe finds nothing with the panel open (${lang})`, async () => {
      const { page } = await openApp(browser, baseUrl, `${RANGE}${lang === 'en' ? '' : `&lang=${lang}`}`);
      await openPanel(page, title);
      const report = await checkPage(page, [...WCAG_TAGS, 'best-practice']);
      expect(report.findings.map((f) => `${f.id} (${f.impact}): ${f.targets.slice(0, 5).join(' | ')}`)).toEqual([]);
      await page.context().close();
    });
  }
});
