// A whole dataset in one JSON file: {format, manifest, files: {sources, actors, …}}. Written in a
// fixed order, so export → import → export gives the same bytes.
import * as v from 'valibot';
import type { Dataset, FileKey, LoadResult, Problem } from './types';
import { validateDataset } from './validate/dataset';
import { validateManifest } from './validate/manifest';

export const BUNDLE_FORMAT = 'conflict-map-bundle/1';

/**
 * The dataset as one JSON text. A dataset split by time is written with its incidents in one file:
 * those loaded so far (all of them once every chunk is here).
 */
export function bundleText(dataset: Dataset): string {
  const files: Partial<Record<FileKey, unknown>> = {
    sources: dataset.sources,
    actors: dataset.actors,
    sites: { type: 'FeatureCollection', features: dataset.sites },
    control: dataset.control,
    incidents: dataset.incidents,
  };
  if (dataset.manifest.files.basemap !== undefined) files.basemap = { type: 'FeatureCollection', features: dataset.basemap };
  if (dataset.manifest.files.story !== undefined) files.story = dataset.story;
  if (dataset.manifest.files.changelog !== undefined) files.changelog = dataset.changelog;
  const { incident_chunks: chunks, ...rest } = dataset.manifest;
  const manifest = chunks === undefined ? dataset.manifest : { ...rest, files: { ...rest.files, incidents: 'incidents.json' } };
  return `${JSON.stringify({ format: BUNDLE_FORMAT, manifest, files }, null, 2)}\n`;
}

const BundleShape = v.object({
  format: v.literal(BUNDLE_FORMAT),
  manifest: v.unknown(),
  files: v.record(v.string(), v.unknown()),
});

/** True when a parsed JSON document looks like a bundle (rather than a manifest). */
export function isBundle(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === BUNDLE_FORMAT;
}

/** Validates a parsed bundle exactly as the files would be validated. */
export function readBundle(json: unknown, name: string): LoadResult {
  const problems: Problem[] = [];
  const shape = v.safeParse(BundleShape, json);
  if (!shape.success) {
    problems.push({ file: name, message: 'is not a dataset bundle: expected {"format": "conflict-map-bundle/1", "manifest": {…}, "files": {…}}' });
    return { dataset: null, problems };
  }
  const manifest = validateManifest(shape.output.manifest, `${name} (manifest)`, problems);
  if (!manifest) return { dataset: null, problems };
  const raw: Partial<Record<FileKey, unknown>> = {};
  for (const [key, fileName] of Object.entries(manifest.files) as [FileKey, string | undefined][]) {
    if (fileName === undefined) continue;
    if (key in shape.output.files) raw[key] = shape.output.files[key];
    else problems.push({ file: name, field: `files.${key}`, message: `is missing: the manifest names ${fileName}` });
  }
  return validateDataset(manifest, raw, problems);
}
