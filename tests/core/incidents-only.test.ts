// A dataset of incidents only, as converted from an event list (ACLED, UCDP): no areas of control, a
// sites file with no features, no basemap (tests/fixtures/incidents-only, an invented country). It
// validates, its control queries answer "no areas", its exports carry incidents alone, and the
// pictures draw it.
import { readFileSync } from 'node:fs';
import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { buildControlIndex, controlStateAt } from '../../src/core/control';
import { areaChanges } from '../../src/core/changes';
import { buildChanges, changesText } from '../../src/core/changes-geojson';
import { indexDataset } from '../../src/core/dataset-index';
import { initialFrame } from '../../src/core/initial-frame';
import { summarizeRange } from '../../src/core/range-summary';
import { renderViewSvg } from '../../src/core/render/render-view';
import { buildSnapshot, snapshotText } from '../../src/core/snapshot';
import type { Manifest, Problem } from '../../src/core/types';
import { validateDataset } from '../../src/core/validate/dataset';
import { validateManifest } from '../../src/core/validate/manifest';
import { loadValid } from '../helpers/fs-dataset';
import { parseSvg } from '../helpers/svg-dom';

const DIR = 'tests/fixtures/incidents-only/';
const MANIFEST = `${DIR}dataset.json`;
const read = (name: string) => JSON.parse(readFileSync(DIR + name, 'utf8')) as unknown;
const at = (iso: string) => Date.parse(iso);

describe('validating a dataset of incidents only', () => {
  it('accepts the fixture whole: an empty control file, a sites collection with no features, no basemap', async () => {
    const dataset = await loadValid(MANIFEST);
    expect(dataset.control).toEqual({ initial: [], changes: [] });
    expect(dataset.sites).toEqual([]);
    expect(dataset.basemap).toEqual([]);
    expect(dataset.manifest.files.basemap).toBeUndefined();
    expect(dataset.incidents).toHaveLength(6);
  });

  it('still reports a control file without its lists, or a sites file that is not a collection', () => {
    const problems: Problem[] = [];
    const manifest = validateManifest(read('dataset.json'), 'dataset.json', problems) as Manifest;
    const raw = { sources: read('sources.json'), actors: read('actors.json'), incidents: read('incidents.json') };
    validateDataset(manifest, { ...raw, control: {}, sites: [] }, problems);
    expect(problems.map((p) => `${p.file} ${p.field ?? ''}`)).toEqual(['sites.geojson type', 'control.json initial', 'control.json changes']);
  });
});

describe('control queries with no areas', () => {
  it('give no area state at any moment, no change time and no area change in a range', async () => {
    const dataset = await loadValid(MANIFEST);
    const control = buildControlIndex(dataset);
    expect(control.areas).toEqual([]);
    expect(control.changeTimes).toHaveLength(0);
    expect(controlStateAt(control, at('2021-03-04T12:00+03:00'))).toEqual([]);
    expect(areaChanges(control, { start: at('2021-03-01T00:00+03:00'), end: at('2021-03-08T00:00+03:00') })).toEqual([]);
  });

  it('summarise a range by its incidents alone', async () => {
    const dataset = await loadValid(MANIFEST);
    const summary = summarizeRange(dataset, indexDataset(dataset), { start: at('2021-03-02T00:00+03:00'), end: at('2021-03-06T00:00+03:00') });
    expect(summary.areas).toEqual([]);
    expect(summary.actors).toEqual([]);
    expect(summary.incidents.map((i) => i.id)).toEqual(['vm-002', 'vm-003', 'vm-004', 'vm-005']);
  });
});

describe('exports of a dataset of incidents only', () => {
  it('make a valid snapshot with no area and no site, only the incidents in force', async () => {
    const dataset = await loadValid(MANIFEST);
    const snapshot = buildSnapshot(dataset, indexDataset(dataset), { time: at('2021-03-03T23:59:59+03:00'), day: [at('2021-03-03T00:00+03:00'), at('2021-03-04T00:00+03:00')], generator: 'test' });
    const text = snapshotText(snapshot);
    expect(getIssues(text)).toEqual([]);
    const kinds = snapshot.features.map((f) => f.properties?.feature_type as string);
    expect(kinds).toEqual(['incident']);
    expect(snapshot.features[0]?.id).toBe('vm-003');
    expect(snapshot.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [40.1, 34.1] });
  });

  it('make a valid changes file with no area, only the range\'s incidents', async () => {
    const dataset = await loadValid(MANIFEST);
    const summary = summarizeRange(dataset, indexDataset(dataset), { start: at('2021-03-02T00:00+03:00'), end: at('2021-03-06T00:00+03:00') });
    const changes = buildChanges(dataset, summary, { generator: 'test' });
    expect(getIssues(changesText(changes))).toEqual([]);
    expect(changes.features.map((f) => f.properties?.feature_type)).toEqual(['incident', 'incident', 'incident', 'incident']);
  });
});

describe('pictures of a dataset of incidents only', () => {
  it('frame the incidents\' points and draw their marks, with no area and no "held by" legend', async () => {
    const dataset = await loadValid(MANIFEST);
    // The points' box, grown by each point's circle: vm-001's 2 km west, vm-006's 3 km south, vm-002's 5 km east and north.
    const degrees = (metres: number, lat = 0) => metres / 111_320 / Math.cos(lat * Math.PI / 180);
    const [w, s, e, n] = initialFrame(dataset);
    expect(w).toBeCloseTo(36.7 - degrees(2000, 36.2), 9);
    expect(s).toBeCloseTo(33.4 - degrees(3000), 9);
    expect(e).toBeCloseTo(43.6 + degrees(5000, 37.4), 9);
    expect(n).toBeCloseTo(37.4 + degrees(5000), 9);
    const svg = renderViewSvg({
      dataset, index: indexDataset(dataset), lang: 'en', width: 1200, height: 630,
      view: { time: at('2021-03-06T00:00+03:00'), span: 'range', rangeStart: at('2021-03-02T00:00+03:00') },
    });
    const doc = parseSvg(svg);
    expect(doc.querySelectorAll('path[data-site]')).toHaveLength(0);
    expect(doc.querySelectorAll('[data-incident]')).toHaveLength(4);
    expect(doc.documentElement.textContent).not.toMatch(/Held by/);
    expect(doc.documentElement.textContent).toMatch(/Drone strike/);
  });
});
