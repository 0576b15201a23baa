// The built-in dataset as the build validated it: the loader's output written as one JSON file, so
// the page shows it with one request and no validator (the validator then loads only for other
// datasets). It is made from data/ by every build; a page that finds it missing or unreadable loads
// data/ as any dataset is loaded.
import type { Dataset, LoadResult, Problem } from './types';

export const CHECKED_FORMAT = 'conflict-map-checked/1';
/** Beside the manifest in the built site (dist/data/). */
export const CHECKED_FILE = 'dataset.checked.json';

/** The file's text: the dataset and the problems (warnings only: a dataset with errors gets no file). */
export function checkedDatasetText(dataset: Dataset, problems: readonly Problem[]): string {
  return JSON.stringify({ format: CHECKED_FORMAT, dataset, problems });
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The load result in a checked file, or null when it is not one. Only the envelope is checked: the
 * build wrote the contents from a dataset that passed validation.
 */
export function readCheckedDataset(json: unknown): LoadResult | null {
  if (!isObject(json) || json.format !== CHECKED_FORMAT || !Array.isArray(json.problems)) return null;
  const d = json.dataset;
  if (!isObject(d) || !isObject(d.manifest) || !isObject(d.control) || typeof d.start !== 'number' || typeof d.end !== 'number') return null;
  const lists = ['sources', 'actors', 'sites', 'basemap', 'incidents', 'story'] as const;
  if (!lists.every((k) => Array.isArray(d[k]))) return null;
  return { dataset: d as unknown as Dataset, problems: json.problems as Problem[] };
}
