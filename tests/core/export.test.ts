import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../helpers/properties';
import { expectedText } from '../helpers/expected-file';
import { getIssues } from '@placemarkio/check-geojson';
import rewind from '@mapbox/geojson-rewind';
import { bundleText, readBundle } from '../../src/core/bundle';
import { incidentsCsv } from '../../src/core/csv';
import { validateDataset } from '../../src/core/validate/dataset';
import { validateManifest } from '../../src/core/validate/manifest';
import { indexDataset } from '../../src/core/dataset-index';
import { buildSnapshot, snapshotFileStem, snapshotText } from '../../src/core/snapshot';
import type { Dataset, Problem } from '../../src/core/types';
import { arbitraryDataset } from '../helpers/arbitrary-dataset';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';

const at = (iso: string) => Date.parse(iso);
const GENERATOR = 'test';

function coordinatesOf(g: unknown): number[][] {
  const out: number[][] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x) && typeof x[0] === 'number') out.push(x as number[]);
    else if (Array.isArray(x)) x.forEach(walk);
  };
  walk((g as { coordinates: unknown }).coordinates);
  return out;
}

describe('GeoJSON snapshot of the built-in dataset', async () => {
  const dataset = await loadValid(BUILTIN);
  const index = indexDataset(dataset);
  const snap = (iso: string, extra = {}) => buildSnapshot(dataset, index, { time: at(iso), generator: GENERATOR, ...extra });

  it('is valid RFC 7946 for an independent validator, right-hand wound, with no crs and coordinates in range', () => {
    const text = snapshotText(snap('2016-04-21T14:30:00+03:00'));
    expect(getIssues(text)).toEqual([]);
    const parsed = JSON.parse(text) as { crs?: unknown; features: { geometry: unknown }[] };
    expect(parsed.crs).toBeUndefined();
    expect(JSON.stringify(rewind(JSON.parse(text)))).toBe(JSON.stringify(parsed));
    for (const f of parsed.features) {
      for (const [lon, lat] of coordinatesOf(f.geometry)) {
        expect(Math.abs(lon as number)).toBeLessThanOrEqual(180);
        expect(Math.abs(lat as number)).toBeLessThanOrEqual(90);
      }
    }
    const airport = parsed.features.find((f) => (f as { id?: string }).id === 'qamishli-airport') as { geometry: { coordinates: number[] } };
    expect(airport.geometry.coordinates).toEqual([41.1914, 37.0206]); // longitude first
  });

  it('gives Allaya prison the controller at the moment', () => {
    const prison = (iso: string) => snap(iso).features.find((f) => f.id === 'allaya-prison')?.properties;
    expect(prison('2016-04-21T10:00:00+03:00')).toMatchObject({ controller: 'government', contested: true, controlled_since: null });
    expect(prison('2016-04-21T14:30:00+03:00')).toMatchObject({
      feature_type: 'area', id: 'allaya-prison', name: 'Allaya prison', controller: 'asayish', controller_name: 'Asayish',
      controlled_since: '2016-04-21T12:00:00+03:00', contested: false,
    });
  });

  it('carries the incidents in force with their fields and sources', () => {
    const capture = snap('2016-04-21T14:30:00+03:00').features.find((f) => f.id === 'prison-capture')?.properties as Record<string, unknown>;
    expect(capture).toMatchObject({ feature_type: 'incident', type: 'capture', start: '2016-04-21T12:00+03:00', time_precision: 'hour' });
    expect((capture.sources as { publisher: string }[]).length).toBeGreaterThan(1);
    expect((capture.casualties as unknown[]).length).toBeGreaterThan(0);
  });

  it('names the moment, the dataset, the filters and the generator', () => {
    const s = snap('2016-04-21T14:30:00+03:00', { layers: ['control', 'clash'] });
    expect(s.snapshot).toMatchObject({
      at: '2016-04-21T14:30:00+03:00', whole_day: null, generator: GENERATOR,
      dataset: { id: 'qamishlo-2016-04', version: '1.2.0' }, filters: { layers: ['control', 'clash'] },
    });
    const types = new Set(s.features.map((f) => f.properties?.type ?? f.properties?.feature_type));
    expect(types.has('mortar')).toBe(false);
    expect(s.features.some((f) => f.properties?.feature_type === 'site')).toBe(false);
  });

  it('snapshots a whole day', () => {
    const day: [number, number] = [at('2016-04-21T00:00:00+03:00'), at('2016-04-22T00:00:00+03:00')];
    const s = buildSnapshot(dataset, index, { time: day[1] - 1, day, generator: GENERATOR });
    expect(s.snapshot.whole_day).toBe('2016-04-21');
    const incidents = s.features.filter((f) => f.properties?.feature_type === 'incident');
    expect(incidents.every((f) => String(f.properties?.start).startsWith('2016-04-21'))).toBe(true);
    expect(snapshotFileStem(dataset, day[0], true)).toBe('qamishlo-2016-04_2016-04-21');
    expect(snapshotFileStem(dataset, at('2016-04-21T14:30:00+03:00'), false)).toBe('qamishlo-2016-04_2016-04-21T1430');
  });

  it('matches the pinned fixture byte for byte (REGEN=1 rewrites it; a missing file fails)', () => {
    const file = 'tests/fixtures/snapshots/qamishlo-2016-04_2016-04-21T1430.geojson';
    const text = snapshotText(snap('2016-04-21T14:30:00+03:00'));
    expect(text).toBe(expectedText(file, text));
  });
});

describe('CSV of the incidents', async () => {
  const dataset = await loadValid(BUILTIN);
  const csv = incidentsCsv(dataset);
  const lines = csv.trimEnd().split('\r\n');

  it('has a header and one row per incident, casualties in a column per claimant', () => {
    const header = lines[0]!;
    expect(header.startsWith('id,type,title,start,end,time_precision')).toBe(true);
    expect(header).toContain("casualties: Asayish (via ARA News) | regime fighters | killed");
    expect(header).toContain("casualties: Asayish (via AFP) | government side | killed");
    expect(csv.match(/\r\n(?=[a-z0-9-]+,(clash|mortar|artillery|capture|siege|arrest|attack|talks|ceasefire|statement|exchange),)/g)?.length).toBe(dataset.incidents.length);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    const d: Dataset = { ...dataset, incidents: [{ ...dataset.incidents[0]!, summary: 'He said "stop", then\nleft' }] };
    expect(incidentsCsv(d)).toContain('"He said ""stop"", then\nleft"');
  });

  it('keeps text that a spreadsheet would run as a formula from running (a leading apostrophe)', () => {
    const first = dataset.incidents[0]!;
    const d: Dataset = { ...dataset, incidents: [{ ...first, title: '=HYPERLINK("http://x.test","y")', summary: '@SUM(A1)', time_note: '-2+3' }] };
    const row = incidentsCsv(d).split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://x.test"",""y"")"`);
    expect(row).toContain(",'@SUM(A1),");
    expect(row).toContain(",'-2+3,");
    // Numbers stay numbers: a longitude west of Greenwich would still begin with a minus sign.
    expect(incidentsCsv({ ...d, incidents: [{ ...first, location: { point: [-3.5, 40] } }] }).split('\r\n')[1]).toContain(',-3.5,40,');
  });
});

describe('export → import → export (property)', () => {
  it('gives byte-identical bundles and snapshots for any valid dataset', () => {
    fc.assert(fc.property(arbitraryDataset, fc.integer({ min: 0, max: 96 }), (raw, hour) => {
      const problems: Problem[] = [];
      const manifest = validateManifest(raw.manifest, 'dataset.json', problems);
      expect(manifest).not.toBeNull();
      const first = validateDataset(manifest!, {
        sources: raw.sources, actors: raw.actors, sites: { type: 'FeatureCollection', features: raw.sites },
        control: raw.control, incidents: raw.incidents,
      }, problems);
      expect(problems).toEqual([]);
      const text = bundleText(first.dataset!);
      const again = readBundle(JSON.parse(text), 'bundle.json');
      expect(again.problems).toEqual([]);
      expect(bundleText(again.dataset!)).toBe(text);
      const t = first.dataset!.start + hour * 3_600_000;
      const snapA = snapshotText(buildSnapshot(first.dataset!, indexDataset(first.dataset!), { time: t, generator: GENERATOR }));
      const snapB = snapshotText(buildSnapshot(again.dataset!, indexDataset(again.dataset!), { time: t, generator: GENERATOR }));
      expect(snapB).toBe(snapA);
      expect(getIssues(snapA)).toEqual([]);
    }), { numRuns: runs(150) });
  });
});
