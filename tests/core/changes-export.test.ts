// The Changes GeoJSON and CSV: valid for an independent validator, deterministic, pinned byte for
// byte, and built from the same incident features as the snapshot.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getIssues } from '@placemarkio/check-geojson';
import rewind from '@mapbox/geojson-rewind';
import { changesCsv } from '../../src/core/changes-csv';
import { buildChanges, changesFileStem, changesText } from '../../src/core/changes-geojson';
import { indexDataset } from '../../src/core/dataset-index';
import { rangeOfEnds } from '../../src/core/time-range';
import { summarizeRange } from '../../src/core/range-summary';
import { buildSnapshot } from '../../src/core/snapshot';
import { HOUR, parseMoment } from '../../src/core/time';
import type { Dataset } from '../../src/core/types';
import { arbitraryDataset } from '../helpers/arbitrary-dataset';
import { expectedText } from '../helpers/expected-file';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';
import { runs } from '../helpers/properties';

const GENERATOR = 'test';
const TZ = 'Asia/Damascus';
const ends = (from: string, to: string) => rangeOfEnds(parseMoment(from, TZ)!, parseMoment(to, TZ)!, TZ);

interface Parsed {
  type: string;
  crs?: unknown;
  changes: Record<string, unknown>;
  features: { id: string; properties: Record<string, unknown> }[];
}

describe('Changes GeoJSON of the built-in dataset', async () => {
  const range = ends('2016-04-20', '2016-04-23');
  // Each build from its own load and index, so that nothing is shared between the two.
  const build = async () => {
    const d = await loadValid(BUILTIN);
    return changesText(buildChanges(d, summarizeRange(d, indexDataset(d), range), { generator: GENERATOR }));
  };
  const text = await build();
  const parsed = JSON.parse(text) as Parsed;
  const dataset = await loadValid(BUILTIN);

  it('is valid RFC 7946 for an independent validator, right-hand wound, with no crs', () => {
    expect(getIssues(text)).toEqual([]);
    expect(parsed.crs).toBeUndefined();
    expect(JSON.stringify(rewind(JSON.parse(text)))).toBe(JSON.stringify(parsed));
  });

  it('is byte-identical across two builds, and matches the pinned file (REGEN=1 rewrites it; a missing file fails)', async () => {
    expect(await build()).toBe(text);
    const file = `tests/fixtures/changes/${changesFileStem(dataset, range)}.geojson`;
    expect(text).toBe(expectedText(file, text));
  });

  it('names the range (both ends inside), the dataset and the generator', () => {
    expect(Object.keys(parsed)).toEqual(['type', 'changes', 'features']);
    expect(parsed.changes).toMatchObject({
      format: 'conflict-map-changes/1', from: '2016-04-20T00:00:00+03:00', to: '2016-04-23T23:59:59+03:00',
      dataset: { id: 'qamishlo-2016-04', version: '1.2.0' }, generator: GENERATOR,
    });
  });

  it('has one Feature per area with a change, its holder at both ends and its changes with their sources', () => {
    const areas = parsed.features.filter((f) => f.properties.feature_type === 'area');
    expect(areas.map((f) => f.id)).toEqual(['security-square', 'allaya-prison', 'bakery-stadium', 'allaya']);
    const prison = areas.find((f) => f.id === 'allaya-prison')!.properties;
    expect(Object.keys(prison).slice(0, 3)).toEqual(['feature_type', 'id', 'name']);
    expect(prison).toMatchObject({
      id: 'allaya-prison', name: 'Allaya prison', controller_before: 'government', controller_after: 'asayish',
      contested_before: false, contested_after: false, changed_hands: true,
    });
    const changes = prison.changes as Record<string, unknown>[];
    expect(changes.map((c) => c.id)).toEqual(['allaya-prison-besieged', 'allaya-prison-captured']);
    expect(changes[1]).toMatchObject({ at: '2016-04-21T12:00:00+03:00', time_precision: 'hour', from: 'government', to: 'asayish', contested: false });
    expect((changes[1]!.sources as { id: string; publisher: string }[]).map((s) => s.id)).toEqual(
      ['akhbaralaan-2016-04-21', 'rt-340542', 'ea-worldview', 'zaitonmag', 'wikipedia-battle-of-qamishli', 'buyerpress-36990'],
    );
    expect(Object.keys(changes[1]!).slice(1, 3)).toEqual(['at', 'time_precision']);
  });

  it('then one Feature per incident of the range, the same as the snapshot writes it', () => {
    const incidents = parsed.features.filter((f) => f.properties.feature_type === 'incident');
    expect(parsed.features.findIndex((f) => f.properties.feature_type === 'incident')).toBe(4);
    expect(incidents.length).toBe(parsed.features.length - 4);
    const snapshot = buildSnapshot(dataset, indexDataset(dataset), { time: Date.parse('2016-04-21T14:30:00+03:00'), generator: GENERATOR });
    const fromSnapshot = snapshot.features.find((f) => f.id === 'prison-capture');
    expect(fromSnapshot).toBeDefined();
    expect(incidents.find((f) => f.id === 'prison-capture')).toEqual(JSON.parse(JSON.stringify(fromSnapshot)));
  });

  it('names its file after the dataset and the range', () => {
    expect(changesFileStem(dataset, range)).toBe('qamishlo-2016-04_changes_2016-04-20_2016-04-23');
    expect(changesFileStem(dataset, ends('2016-04-20T11:00', '2016-04-22T15:30'))).toBe('qamishlo-2016-04_changes_2016-04-20T1100_2016-04-22T1530');
  });
});

describe('CSV of the changes', async () => {
  const dataset = await loadValid(BUILTIN);
  const index = indexDataset(dataset);
  const range = ends('2016-04-20', '2016-04-23');
  const csv = changesCsv(dataset, summarizeRange(dataset, index, range).areas);
  const lines = csv.trimEnd().split('\r\n');

  it('has a header and one row per change of control, in time order, and matches the pinned file', () => {
    expect(lines[0]).toBe('area,area_name,change,at,time_precision,part_of_day,from,to,contested,confidence,time_note,note,sources,source_urls');
    expect(lines).toHaveLength(1 + dataset.control.changes.length);
    const prison = lines.find((l) => l.startsWith('allaya-prison,Allaya prison,allaya-prison-captured,'))!;
    expect(prison).toContain(',2016-04-21T12:00:00+03:00,hour,,government,asayish,false,high,');
    expect(prison).toContain('RT: ');
    expect(csv).toBe(expectedText(`tests/fixtures/changes/${changesFileStem(dataset, range)}.csv`, csv));
  });

  it('keeps text that a spreadsheet would run as a formula from running', () => {
    const first = dataset.control.changes[0]!;
    const d: Dataset = { ...dataset, control: { ...dataset.control, changes: [{ ...first, note: '=HYPERLINK("http://x.test")', time_note: '+1' }] } };
    const row = changesCsv(d, summarizeRange(d, indexDataset(d), range).areas).split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://x.test"")"`);
    expect(row).toContain(",'+1,");
  });
});

describe('Changes GeoJSON (property)', () => {
  it('is valid and byte-identical for any valid dataset and range', () => {
    const hour = fc.integer({ min: 0, max: 96 });
    fc.assert(fc.property(arbitraryDataset, hour, hour, (dataset, h1, h2) => {
      const start = dataset.start + Math.min(h1, h2) * HOUR;
      const range = { start, end: dataset.start + Math.max(h1, h2) * HOUR };
      const write = () => changesText(buildChanges(dataset, summarizeRange(dataset, indexDataset(dataset), range), { generator: GENERATOR }));
      const text = write();
      expect(write()).toBe(text);
      expect(getIssues(text)).toEqual([]);
    }), { numRuns: runs(100) });
  });
});
