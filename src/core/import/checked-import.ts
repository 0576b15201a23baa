// The importer's bundle as a dataset, checked as any dataset is where that is cheap (its manifest,
// sources and actors: a few hundred records) and, for its tens of thousands of incidents and sites,
// as far as a row could have made them wrong (validate/converted-records.ts). Anything amiss, and the
// whole bundle goes through readBundle, whose problems name every record and field as before.
import { readBundle } from '../bundle';
import { sortedByTime } from '../sorted-by-time';
import { memoized } from './memoized';
import type { LoadResult } from '../types';
import { convertedRecordsPass } from '../validate/converted-records';
import type { ImportedBundle } from './imported-bundle';

/** The dataset of an import's bundle and its problems: readBundle's verdict, reached faster. */
export function checkedImport(bundle: ImportedBundle, name: string): LoadResult {
  const { incidents, sites } = bundle.files;
  const small = readBundle({ ...bundle, files: { ...bundle.files, sites: { type: 'FeatureCollection', features: [] }, incidents: [] } }, name);
  const dataset = small.dataset;
  if (!dataset || small.problems.length > 0 || !convertedRecordsPass({ incidents, sites: sites.features, extent: dataset })) return readBundle(bundle, name);
  // As validateIncidents orders them: by start, then id.
  const parse = memoized(Date.parse);
  const sorted = sortedByTime(incidents, { time: (r) => parse(r.start), tie: (a, b) => a.id.localeCompare(b.id) });
  return { dataset: { ...dataset, sites: sites.features, incidents: sorted }, problems: [] };
}
