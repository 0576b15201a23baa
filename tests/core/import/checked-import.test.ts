// The importer's bundle checked the fast way (core/import/checked-import.ts) gives exactly what the
// full validation (readBundle) gives: the same dataset, written the same, and the same problems, for
// every fixture export, good or malformed, and for a bundle a row could have made wrong.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acledCsv } from '../../../bench/acled-rows';
import { bundleText, readBundle } from '../../../src/core/bundle';
import { checkedImport } from '../../../src/core/import/checked-import';
import { createCsvImporter } from '../../../src/core/import/csv-importer';
import type { ImportedBundle } from '../../../src/core/import/imported-bundle';
import type { Dataset, Incident, LoadResult } from '../../../src/core/types';
import { convertedRecordsPass } from '../../../src/core/validate/converted-records';
import { importFixture } from '../../helpers/import-fixture';
import Papa from 'papaparse';
import { CSV_PARSE_OPTIONS } from '../../../src/core/import/csv-parse-options';

const FIXTURES = ['acled', 'ucdp'].flatMap((dir) => readdirSync(`tests/fixtures/${dir}`).filter((f) => f.endsWith('.csv')).map((f) => `tests/fixtures/${dir}/${f}`));

/** Both checks of one bundle, each given its own copy (neither may lean on the other's work). */
function both(bundle: ImportedBundle): { fast: LoadResult; full: LoadResult } {
  return { fast: checkedImport(structuredClone(bundle), 'export.csv'), full: readBundle(structuredClone(bundle), 'export.csv') };
}

function expectSame({ fast, full }: { fast: LoadResult; full: LoadResult }): void {
  expect(fast.problems).toEqual(full.problems);
  expect(fast.dataset).toEqual(full.dataset);
  // Written out, byte for byte: the keys in the same order too.
  if (full.dataset) expect(bundleText(fast.dataset as Dataset)).toBe(bundleText(full.dataset));
}

/** True when the full validation reported a problem, or kept a record other than the bundle gave it. */
function changedByFullCheck(bundle: ImportedBundle, full: LoadResult): boolean {
  if (full.problems.length > 0) return true;
  const kept = full.dataset;
  return !kept || JSON.stringify([...kept.incidents].sort(byId)) !== JSON.stringify([...bundle.files.incidents].sort(byId))
    || JSON.stringify(kept.sites) !== JSON.stringify(bundle.files.sites.features);
}

const byId = (a: Incident, b: Incident) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function fixtureBundle(path: string): Promise<ImportedBundle> {
  const { bundle } = await importFixture(path);
  if (!bundle) throw new Error(`${path}: no row kept`);
  return bundle;
}

describe('checkedImport', () => {
  it.each(FIXTURES)('gives readBundle\'s dataset and problems for %s', async (path) => {
    const result = both(await fixtureBundle(path));
    expect(result.full.dataset?.incidents.length).toBeGreaterThan(0);
    expectSame(result);
  });

  it('gives readBundle\'s dataset for 2,000 generated rows (invented), in the same order', () => {
    const [header = [], ...rows] = Papa.parse<string[]>(acledCsv({ rows: 2_000, seed: 7, dateForm: 'text', inter: 'numeric' }), CSV_PARSE_OPTIONS).data;
    const importer = createCsvImporter('acled', { name: 'generated.csv', header });
    rows.forEach((values, i) => importer.addValues(values, i + 2));
    const { bundle } = importer.finish();
    if (!bundle) throw new Error('no row kept');
    const result = both(bundle);
    // Events of one day sort by id: the tie the full validation breaks must be broken the same way.
    expect(result.fast.dataset?.incidents.map((i) => i.id)).toEqual(result.full.dataset?.incidents.map((i) => i.id));
    expectSame(result);
  });

  // What a row could put wrongly into a record, were the converter to let it through: the schema
  // rejects the record (a problem) or trims its text (then the dataset holds the trimmed text).
  const spoilt: [string, (i: Incident) => void][] = [
    ['a title the schema would trim', (i) => { i.title = `${i.title} `; }],
    ['an empty summary', (i) => { i.summary = ''; }],
    ['an id of other letters', (i) => { i.id = 'TST 1001'; }],
    ['a start before the extent', (i) => { i.start = '2001-01-01T00:00:00+00:00'; }],
    ['a start that is not a time', (i) => { i.start = '21 April 2016'; }],
    ['an end before its start', (i) => { i.end = '2016-04-01T00:00:00+00:00'; }],
    ['a latitude out of range', (i) => { i.location = { point: [-20.1, 95] }; }],
    ['a place note the schema would trim', (i) => { i.location = { ...i.location, note: ' Lake District' }; }],
    ['a fatality count below zero', (i) => { i.casualties = i.casualties.map((c) => ({ ...c, count: -1 })); }],
  ];

  it.each(spoilt)('leaves %s to the full validation, whose problems it reports', async (_, spoil) => {
    const bundle = await fixtureBundle('tests/fixtures/acled/iso-dates.csv');
    spoil(bundle.files.incidents[0] as Incident);
    const extent = { start: Date.parse(bundle.manifest.extent.start), end: Date.parse(bundle.manifest.extent.end) };
    expect(convertedRecordsPass({ incidents: bundle.files.incidents, sites: bundle.files.sites.features, extent })).toBe(false);
    const result = both(bundle);
    expect(changedByFullCheck(bundle, result.full)).toBe(true);
    expectSame(result);
  });

  it('leaves a site out of range, or one whose name the schema would trim, to the full validation', async () => {
    for (const spoil of [(b: ImportedBundle) => { b.files.sites.features[0]!.geometry = { type: 'Point', coordinates: [200, 0] }; },
      (b: ImportedBundle) => { b.files.sites.features[0]!.properties.name = { en: 'Testville ' }; }]) {
      const bundle = await fixtureBundle('tests/fixtures/acled/iso-dates.csv');
      spoil(bundle);
      const result = both(bundle);
      expect(changedByFullCheck(bundle, result.full)).toBe(true);
      expectSame(result);
    }
  });

  it('leaves a bundle whose small files have a problem (an actor without a name) to the full validation', async () => {
    const bundle = await fixtureBundle('tests/fixtures/ucdp/ged.csv');
    bundle.files.actors[0]!.name = '';
    const result = both(bundle);
    expect(result.full.problems.some((p) => p.field === 'name')).toBe(true);
    expectSame(result);
  });
});
