// What an export says about the source lens that made it: `filters.sources` in GeoJSON metadata, and
// a short tag in every exported file's name (a CSV has no metadata: its name is what says it).
import type { SourceFilter, SourceLens } from './source-filter';
import { isFilterOn } from './source-filter';
import { writeSourceFilter } from './source-filter-link';

export interface SourceFilterMeta {
  hidden_kinds: string[];
  hidden_sources: string[];
  /** The filter as `sources=` in links and `--sources` on the command line write it. */
  link_value: string;
  /** Records left out because they rest only on hidden sources. */
  records_left_out: { incidents: number; control_changes: number; casualty_claims: number };
  /** Areas whose starting holder rests only on hidden sources (kept, for want of any other). */
  unsupported_starting_holders: string[];
}

/** The lens for an export: the filter and what it hid (null or a filter hiding nothing: no lens). */
export interface ExportLens {
  filter: SourceFilter;
  lens: Pick<SourceLens, 'hidden' | 'unsupportedInitial'>;
}

export function sourceFilterMeta({ filter, lens }: ExportLens): SourceFilterMeta {
  return {
    hidden_kinds: [...filter.hiddenKinds],
    hidden_sources: [...filter.hiddenSources],
    link_value: writeSourceFilter(filter),
    records_left_out: { incidents: lens.hidden.incidents, control_changes: lens.hidden.controlChanges, casualty_claims: lens.hidden.casualtyClaims },
    unsupported_starting_holders: [...lens.unsupportedInitial],
  };
}

/** "_some-sources" when a filter is on, "" otherwise: appended to export file stems. */
export const sourceFilterFileTag = (lens: ExportLens | null | undefined): string => (isFilterOn(lens?.filter) ? '_some-sources' : '');

/** The `filters` addition for GeoJSON metadata: nothing at all without a filter, so files without one stay byte-identical. */
export const sourcesFilterEntry = (lens: ExportLens | null | undefined): { sources?: SourceFilterMeta } =>
  (lens && isFilterOn(lens.filter) ? { sources: sourceFilterMeta(lens) } : {});
