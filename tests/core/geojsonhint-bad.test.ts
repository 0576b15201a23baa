// A peer's test suite against our loader: each of geojsonhint's broken GeoJSON files (copied into
// tests/fixtures/geojsonhint-bad/, see its README) put in place of one area's geometry in the built-in
// dataset. The loader never throws, the area is rejected with a problem naming the file, the area and a
// field under `geometry`, and a snapshot of what remains holds only RFC 7946 positions.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getIssues } from '@placemarkio/check-geojson';
import { loadDataset } from '../../src/core/dataset';
import { indexDataset } from '../../src/core/dataset-index';
import { formatProblem } from '../../src/core/problems';
import { buildSnapshot, snapshotText } from '../../src/core/snapshot';
import type { Dataset, LoadResult, Problem } from '../../src/core/types';

const FIXTURES = 'tests/fixtures/geojsonhint-bad';
const DATA = 'data/';
const SITES = 'sites.geojson';

type Json = Record<string, unknown>;
type Feature = { id: string; geometry: unknown };
const readData = (name: string) => readFileSync(DATA + name, 'utf8');
const sites = JSON.parse(readData(SITES)) as { features: Feature[] };
/** The area whose geometry each fixture replaces: the dataset's first polygon. */
const AREA = sites.features.find((f) => (f.geometry as { type: string }).type === 'Polygon')!.id;

/** Loads the built-in dataset through the real loader, with some files' texts replaced. */
function loadWith(texts: Record<string, string>): Promise<LoadResult> {
  return loadDataset(`${DATA}dataset.json`, async (path) => {
    const name = path.slice(DATA.length);
    return texts[name] ?? readData(name);
  });
}

/** The sites file with the area's geometry written as the given text, exactly (duplicate keys, bad JSON and all). */
function sitesWithGeometry(geometryText: string): string {
  const hole = '\u0000geometry';
  const features = sites.features.map((f) => (f.id === AREA ? { ...f, geometry: hole } : f));
  return JSON.stringify({ ...sites, features }, null, 2).replace(JSON.stringify(hole), () => geometryText);
}

/** Usable as an area's geometry, for these reasons; each is still named in a warning. */
const USABLE: Record<string, string> = {
  'bad-polygon-interiorring-rhr.geojson':
    'only the hole\'s winding is wrong: RFC 7946 (3.1.6) tells parsers not to reject such polygons; the loader rewinds it and warns',
  'polygon_winding_order.geojson':
    'only the exterior ring\'s winding is wrong: RFC 7946 (3.1.6) tells parsers not to reject such polygons; the loader rewinds it and warns',
};

/** Not JSON at all, so the sites file holding it is not JSON either: the file is reported as a whole. */
const NOT_JSON: Record<string, string> = {
  'bad-json.geojson': 'a comma is missing between two members',
};

const FILES = readdirSync(FIXTURES).filter((f) => f.endsWith('.geojson')).sort();

const isPosition = (p: unknown) => Array.isArray(p) && (p.length === 2 || p.length === 3) && p.every((x) => typeof x === 'number' && Number.isFinite(x));

/** Every position in a geometry's coordinates (arrays whose first item is not an array). */
function positionsIn(coordinates: unknown): unknown[] {
  if (!Array.isArray(coordinates)) return [coordinates];
  return Array.isArray(coordinates[0]) ? coordinates.flatMap(positionsIn) : [coordinates];
}

/** The snapshot at the dataset's end: valid RFC 7946, with 2 or 3 finite numbers in every position. */
function expectSnapshotPositions(dataset: Dataset): unknown[][] {
  const snapshot = buildSnapshot(dataset, indexDataset(dataset), { time: dataset.end, generator: 'test' });
  expect(getIssues(snapshotText(snapshot))).toEqual([]);
  const positions = snapshot.features.flatMap((f) => positionsIn((f.geometry as { coordinates: unknown }).coordinates));
  expect(positions.length).toBeGreaterThan(0);
  for (const p of positions) expect(isPosition(p), JSON.stringify(p)).toBe(true);
  return positions as unknown[][];
}

function expectNamedWell(problems: Problem[]): void {
  for (const p of problems) {
    expect(['dataset.json', 'sources.json', 'actors.json', SITES, 'basemap.geojson', 'control.json', 'incidents.json', 'story.json', 'changelog.json']).toContain(p.file);
    expect(() => formatProblem(p)).not.toThrow();
  }
}

const underGeometry = (p: Problem) => p.file === SITES && p.record === AREA && /^geometry(\.|$)/.test(p.field ?? '');

describe('geojsonhint\'s broken GeoJSON, as one area\'s geometry', () => {
  it('has the fixtures in place', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(40);
    for (const name of [...Object.keys(USABLE), ...Object.keys(NOT_JSON)]) expect(FILES).toContain(name);
  });

  it.each(FILES)('%s', async (name) => {
    const { dataset, problems } = await loadWith({ [SITES]: sitesWithGeometry(readFileSync(`${FIXTURES}/${name}`, 'utf8')) });
    expect(dataset).not.toBeNull();
    expectNamedWell(problems);
    const areaIds = dataset!.sites.map((s) => s.id);
    if (name in NOT_JSON) {
      expect(problems).toContainEqual(expect.objectContaining({ file: SITES, message: expect.stringMatching(/is not valid JSON/) }));
      expect(areaIds).toEqual([]);
    } else if (name in USABLE) {
      expect(areaIds).toContain(AREA);
      expect(problems.filter(underGeometry)).toEqual([expect.objectContaining({ field: 'geometry.coordinates', severity: 'warning' })]);
    } else {
      expect(areaIds).not.toContain(AREA);
      expect(problems.filter(underGeometry).filter((p) => p.severity !== 'warning').length).toBeGreaterThan(0);
    }
    expectSnapshotPositions(dataset!);
  });
});

describe('a position is two or three finite numbers, wherever the data gives one', () => {
  const withArea = (geometry: unknown) => loadWith({ [SITES]: sitesWithGeometry(JSON.stringify(geometry)) });
  const brief = (p: Problem) => ({ file: p.file, record: p.record, field: p.field, value: p.value });

  it('rejects a string as the third coordinate', async () => {
    const { dataset, problems } = await withArea({ type: 'Point', coordinates: [41.2, 37.05, 'f'] });
    expect(problems.map(brief)).toContainEqual({ file: SITES, record: AREA, field: 'geometry.coordinates.2', value: '"f"' });
    expect(dataset!.sites.map((s) => s.id)).not.toContain(AREA);
  });

  it('rejects four numbers', async () => {
    const { dataset, problems } = await withArea({ type: 'Point', coordinates: [41.2, 37.05, 6, 8] });
    const problem = problems.find(underGeometry);
    expect(problem && brief(problem)).toEqual({ file: SITES, record: AREA, field: 'geometry.coordinates', value: '[41.2,37.05,6,8]' });
    expect(problem?.message).toMatch(/2 or 3 numbers/);
    expect(dataset!.sites.map((s) => s.id)).not.toContain(AREA);
  });

  it('rejects a ring that closes on a different altitude', async () => {
    const ring = [[41.2, 37.05, 1], [41.21, 37.05, 1], [41.21, 37.06, 1], [41.2, 37.05, 2]];
    const { problems } = await withArea({ type: 'Polygon', coordinates: [ring] });
    expect(problems.find(underGeometry)).toMatchObject({ field: 'geometry.coordinates.0', message: 'a ring must end where it starts' });
  });

  it('keeps an altitude, and the snapshot carries it', async () => {
    const { dataset, problems } = await withArea({ type: 'Point', coordinates: [41.2, 37.05, 450] });
    expect(problems).toEqual([]);
    expect(dataset!.sites.find((s) => s.id === AREA)?.geometry.coordinates).toEqual([41.2, 37.05, 450]);
    expect(expectSnapshotPositions(dataset!)).toContainEqual([41.2, 37.05, 450]);
  });

  /** Each place a position is read, outside the sites file: file, where to put it, the field it is. */
  const places: [string, string, (json: unknown, position: unknown) => string, string][] = [
    ['an incident\'s location', 'incidents.json', (json, position) => {
      ((json as Json[])[0] as Json).location = { point: position };
      return ((json as Json[])[0] as Json).id as string;
    }, 'location.point'],
    ['an incident\'s origin', 'incidents.json', (json, position) => {
      ((json as Json[])[0] as Json).origin = { point: position };
      return ((json as Json[])[0] as Json).id as string;
    }, 'origin.point'],
    ['a basemap label', 'basemap.geojson', (json, position) => {
      const label = ((json as { features: Json[] }).features).find((f) => (f.geometry as Json).type === 'Point') as Json;
      label.geometry = { type: 'Point', coordinates: position };
      return label.id as string;
    }, 'geometry.coordinates'],
    ['a story step\'s view', 'story.json', (json, position) => {
      const step = (json as Json[]).find((s) => s.view !== undefined) as Json;
      step.view = { center: position, zoom: 15 };
      return step.id as string;
    }, 'view.center'],
  ];

  it.each(places)('checks the whole position in %s', async (_, file, put, field) => {
    for (const [position, badField, value] of [
      [[41.2, 37.05, 'f'], `${field}.2`, '"f"'],
      [[41.2, 37.05, 6, 8], field, '[41.2,37.05,6,8]'],
    ] as const) {
      const json = JSON.parse(readData(file)) as unknown;
      const record = put(json, position);
      const { problems } = await loadWith({ [file]: JSON.stringify(json) });
      expect(problems.map(brief)).toContainEqual({ file, record, field: badField, value });
    }
  });
});
