// Datasets as the loader sees them before validation: a manifest and parsed files, loaded from
// memory through the app's own loader.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadDataset, type FileKey, type LoadResult } from '../../src/core/dataset';
import type { Dataset } from '../../src/core/types';
import { arbitraryDataset } from './arbitrary-dataset';

export const MANIFEST_NAME = 'dataset.json';
const DIR = 'm/';

export interface RawDataset {
  manifest: Record<string, unknown>;
  /** Parsed contents by file key; a key left out is a file the manifest names that is not there. */
  files: Partial<Record<FileKey, unknown>>;
}

/** The file name the manifest gives for each key (read from the manifest as it was before mutation). */
export function fileNames(raw: RawDataset): Partial<Record<FileKey, string>> {
  return (raw.manifest.files ?? {}) as Partial<Record<FileKey, string>>;
}

const clone = <T>(value: T): T => structuredClone(value);

// ---- the mini fixture ---------------------------------------------------------------------------

const MINI_DIR = 'tests/fixtures/mini/';
const readMini = (name: string) => JSON.parse(readFileSync(MINI_DIR + name, 'utf8')) as unknown;
const miniManifest = readMini(MANIFEST_NAME) as Record<string, unknown>;
const miniFiles = Object.fromEntries(Object.entries(fileNames({ manifest: miniManifest, files: {} }))
  .map(([key, name]) => [key, readMini(name as string)])) as Partial<Record<FileKey, unknown>>;

export const mini = (): RawDataset => named('the mini fixture', { manifest: clone(miniManifest), files: clone(miniFiles) });

/** Shows a dataset by name in fast-check's reports (a copy, structuredClone, leaves the name behind). */
function named(label: string, raw: RawDataset): RawDataset {
  return Object.assign(raw, { [fc.toStringMethod]: () => label });
}

// ---- generated datasets, with a story and a basemap so that every file kind is covered ----------

function toRaw(d: Dataset): RawDataset {
  const label = `a generated dataset (${d.sites.length} areas, ${d.control.changes.length} changes, ${d.incidents.length} incidents)`;
  const manifest = { ...clone(d.manifest), files: { ...d.manifest.files, basemap: 'b.geojson', story: 'st.json' } };
  const river = {
    type: 'Feature', id: 'river', properties: { kind: 'river', geometry_precision: 'schematic' },
    geometry: { type: 'LineString', coordinates: [[41, 37], [41.1, 37.05], [41.2, 37]] },
  };
  const story = d.incidents.slice(0, 3).map((incident, k) => ({
    id: `step-${k}`, title: `Step ${k}`, caption: `About ${incident.id}.`, at: incident.start, incident: incident.id, sources: ['s1'],
  }));
  return named(label, {
    manifest,
    files: clone({
      sources: d.sources, actors: d.actors, sites: { type: 'FeatureCollection', features: d.sites },
      basemap: { type: 'FeatureCollection', features: [river] }, control: d.control, incidents: d.incidents, story,
    }),
  });
}

/** A valid raw dataset: the mini fixture, or a generated one. */
export const arbitraryRawDataset: fc.Arbitrary<RawDataset> = fc.oneof(fc.constant(null).map(mini), arbitraryDataset.map(toRaw));

// ---- loading from memory ------------------------------------------------------------------------

/** File texts by name; a missing name is a file that cannot be read. */
export type Texts = Map<string, string>;

export function textsOf(raw: RawDataset): Texts {
  const texts: Texts = new Map([[MANIFEST_NAME, JSON.stringify(raw.manifest, null, 2)]]);
  const names = fileNames(raw);
  for (const [key, content] of Object.entries(raw.files) as [FileKey, unknown][]) {
    const name = names[key];
    if (typeof name === 'string') texts.set(name, JSON.stringify(content, null, 2));
  }
  return texts;
}

/** Loads through loadDataset, as the app does, reading from the given texts. */
export function loadTexts(texts: Texts): Promise<LoadResult> {
  return loadDataset(DIR + MANIFEST_NAME, async (path) => {
    const text = path.startsWith(DIR) ? texts.get(path.slice(DIR.length)) : undefined;
    if (text === undefined) throw new Error(`not found: ${path}`);
    return text;
  });
}
