// An imported dataset back out through the exports and links: the snapshot and the CSV carry each
// incident's original classification and precision, a bundle reads back the same, and `event=` names
// an event by the id its codebook gives it.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bundleText, readBundle } from '../../../src/core/bundle';
import { incidentsCsv } from '../../../src/core/csv';
import { indexDataset } from '../../../src/core/dataset-index';
import { layerIds } from '../../../src/core/layers';
import { readLink } from '../../../src/core/link';
import { buildSnapshot, GENERATOR } from '../../../src/core/snapshot';
import type { Dataset } from '../../../src/core/types';
import { vocabularyOf } from '../../../src/core/vocabulary';
import { importFixture, validated } from '../../helpers/import-fixture';

async function dataset(path: string): Promise<Dataset> {
  const { dataset: d, problems } = validated(await importFixture(path));
  expect(problems).toEqual([]);
  if (!d) throw new Error('not valid');
  return d;
}

/** The CSV's rows as objects keyed by its header. */
function rows(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
}

describe('an imported dataset in the exports', () => {
  it('snapshots with each incident\'s original types, its time precision and its place', async () => {
    const d = await dataset('tests/fixtures/acled/iso-dates.csv');
    const end = Date.parse('2016-04-22T00:00:00Z');
    const snap = buildSnapshot(d, indexDataset(d), { time: end - 1, day: [Date.parse('2016-04-21T00:00:00Z'), end], generator: GENERATOR });
    const feature = snap.features.find((f) => f.id === 'TST1001');
    expect(feature?.geometry).toEqual({ type: 'Point', coordinates: [-20.1034, 0.5012] });
    expect(feature?.properties).toMatchObject({
      time_precision: 'day', location_precision_m: 5000,
      original: { dataset: 'ACLED', fields: { event_type: 'Battles', sub_event_type: 'Armed clash' } },
    });
    expect(snap.features.filter((f) => f.properties?.feature_type === 'area')).toEqual([]);
  });

  it('writes the original columns, the place\'s scope and a claim\'s range in the CSV', async () => {
    const acled = rows(incidentsCsv(await dataset('tests/fixtures/acled/iso-dates.csv')));
    const month = acled.find((r) => r.id === 'TST1003');
    expect(month).toMatchObject({
      time_precision: 'month', location_scope: 'region', original_dataset: 'ACLED',
      'original: event_type': 'Protests', 'original: sub_event_type': 'Peaceful protest', 'original: time_precision': '3',
    });
    expect(acled.find((r) => r.id === 'TST1001')?.['casualties: ACLED | unattributed | killed']).toBe('~3');
    const ucdp = rows(incidentsCsv(await dataset('tests/fixtures/ucdp/ged.csv')));
    expect(ucdp.find((r) => r.id === '900001')?.['casualties: UCDP GED | unattributed | killed']).toBe('~3 (2-5)');
    expect(ucdp.find((r) => r.id === '900004')).toMatchObject({ time_precision: 'month', location_scope: 'province', 'original: where_prec': '4' });
  });

  it('reads back from its own bundle as it was', async () => {
    const d = await dataset('tests/fixtures/ucdp/ged.csv');
    const again = readBundle(JSON.parse(bundleText(d)), 'again.json');
    expect(again.problems).toEqual([]);
    expect(again.dataset?.incidents).toEqual(d.incidents);
    expect(again.dataset?.sites).toEqual(d.sites);
    // From the first export on, the bytes stay (that one places the colour actors take from their side last).
    const once = bundleText(again.dataset as Dataset);
    expect(bundleText(readBundle(JSON.parse(once), 'twice.json').dataset as Dataset)).toBe(once);
  });
});

describe('an imported dataset\'s files', () => {
  it('pass the published JSON Schemas in an independent validator (Ajv)', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    for (const path of ['tests/fixtures/acled/iso-dates.csv', 'tests/fixtures/ucdp/ged.csv']) {
      const { bundle } = await importFixture(path);
      if (!bundle) throw new Error('no dataset');
      const files: [string, unknown][] = [['manifest', bundle.manifest], ...Object.entries(bundle.files)];
      for (const [name, data] of files) {
        const validate = ajv.compile(JSON.parse(readFileSync(`docs/schema/${name}.schema.json`, 'utf8')) as object);
        expect(validate(JSON.parse(JSON.stringify(data))) ? [] : validate.errors, `${path} ${name}`).toEqual([]);
      }
    }
  });
});

describe('links to an imported event', () => {
  it('open the event its codebook id names (event=TST1001); ids are matched exactly', async () => {
    const d = await dataset('tests/fixtures/acled/iso-dates.csv');
    const ctx = {
      timeZone: d.manifest.timezone, start: d.start, end: d.end, incidentIds: new Set(d.incidents.map((i) => i.id)),
      stepIds: new Set<string>(), layerIds: layerIds(vocabularyOf(d.manifest)),
    };
    expect(readLink('?event=TST1001', ctx)).toEqual({ state: { event: 'TST1001' }, notices: [] });
    const lower = readLink('?event=tst1001', ctx);
    expect(lower.state.event).toBeUndefined();
    expect(lower.notices).toHaveLength(1);
    expect(readLink('?layers=battles,protests', ctx).state.layers).toEqual(['battles', 'protests']);
  });
});
