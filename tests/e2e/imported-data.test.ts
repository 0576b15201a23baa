// An ACLED export converted by the importer, opened in Chromium with ?data=: a link naming an event
// by ACLED's own id opens it, and its popup gives the time only to the week and ACLED's own types.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { IMPORTED_FILES } from '../../src/core/import/imported-bundle';
import { importFixture } from '../helpers/import-fixture';
import { launchChromium } from './chromium';
import { serveFixture } from './fixture-route';

const baseUrl = inject('baseUrl');
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  // The dataset npm run import writes: the manifest and each file it names.
  const { bundle } = await importFixture('tests/fixtures/acled/iso-dates.csv');
  if (!bundle) throw new Error('the fixture has rows to keep');
  dir = mkdtempSync(join(tmpdir(), 'imported-'));
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify(bundle.manifest));
  for (const key of Object.keys(IMPORTED_FILES) as (keyof typeof IMPORTED_FILES)[]) {
    writeFileSync(join(dir, IMPORTED_FILES[key]), JSON.stringify(bundle.files[key]));
  }
});
afterAll(async () => { await browser?.close(); });

describe('an imported ACLED dataset', () => {
  it('opens the event a link names by its ACLED id, its time given to the week', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await serveFixture(context, 'imported-acled', { dir });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}?data=fixtures/imported-acled/dataset.json&event=TST1002`);
    const popup = page.locator('.leaflet-popup .popup[data-incident="TST1002"]');
    await popup.waitFor();
    expect(await popup.locator('.popup-when').innerText()).toBe('When: week of 18 April 2016 (local time)');
    await popup.getByText('As coded by ACLED').click();
    await expect.poll(() => popup.locator('.popup-original dl').innerText()).toMatch(/sub_event_type\s+Shelling\/artillery\/missile attack/);
    expect(new URL(page.url()).searchParams.get('event')).toBe('TST1002');
    expect(errors).toEqual([]);
    await context.close();
  });
});
