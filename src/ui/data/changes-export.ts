// The Changes files for a range, made when Export's button is used: summarizing a range measures
// areas (turf), so this module loads only then.
import { changesCsv } from '../../core/changes-csv';
import { buildChanges, changesFileStem, changesText } from '../../core/changes-geojson';
import type { DatasetIndex } from '../../core/dataset-index';
import { summarizeRange } from '../../core/range-summary';
import { GENERATOR } from '../../core/snapshot';
import { OWN_DATA, originFileTag, originNote, type DataOrigin } from '../../core/data-origin';
import { siteAddress } from './site-address';
import type { TimeRange } from '../../core/time-range';
import type { Dataset } from '../../core/types';
import { sourceFilterFileTag, type ExportLens } from '../../core/source-filter-meta';

export interface ChangesFile {
  text: string;
  name: string;
  type: string;
}

export function changesFile({ dataset, index, range, format, origin = OWN_DATA, sources = null }: {
  dataset: Dataset; index: DatasetIndex; range: TimeRange; format: 'geojson' | 'csv'; origin?: DataOrigin;
  /** The source lens the dataset was filtered with: the file's metadata and name say so. */
  sources?: ExportLens | null;
}): ChangesFile {
  const summary = summarizeRange(dataset, index, range);
  const stem = changesFileStem(dataset, range) + originFileTag(origin) + sourceFilterFileTag(sources);
  return format === 'csv'
    ? { text: changesCsv(dataset, summary.areas), name: `${stem}.csv`, type: 'text/csv' }
    : { text: changesText(buildChanges(dataset, summary, { generator: GENERATOR, origin: originNote(origin, siteAddress()), sources })), name: `${stem}.geojson`, type: 'application/geo+json' };
}
