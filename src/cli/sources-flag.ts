// The --sources flag of the tools that export or draw: the same syntax as sources= in links
// (-kind:<kind> or -<source id>, comma-separated), applied to the dataset by the core's source lens.
import { filterBySources } from '../core/source-filter';
import { readSourceFilter } from '../core/source-filter-link';
import type { ExportLens } from '../core/source-filter-meta';
import { SOURCE_KINDS } from '../core/source-kinds';
import type { Dataset } from '../core/types';

export const SOURCES_FLAG = {
  value: 'list',
  help: `hide sources, as links' sources= does: -kind:<kind> or -<source id>, comma-separated, written with = as it starts with a minus (--sources=-kind:government_outlet,-fars); records resting only on hidden sources are left out, and the file says so. Kinds: ${SOURCE_KINDS.join(', ')}`,
};

/**
 * The dataset as the sources not hidden tell it, with the lens for the export's metadata; or a usage
 * message naming the items that are no kind and no source of the dataset (the tools stop on it).
 */
export function applySourcesFlag(dataset: Dataset, text: string | undefined): { dataset: Dataset; lens: ExportLens | null } | { error: string } {
  if (text === undefined) return { dataset, lens: null };
  const { filter, unknown } = readSourceFilter(text, new Set(dataset.sources.map((s) => s.id)));
  if (unknown.length > 0) {
    return { error: `--sources ${JSON.stringify(text)}: ${unknown.map((u) => JSON.stringify(u)).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} no kind (-kind:<kind>) and no source (-<id>) of the dataset` };
  }
  const lens = filterBySources(dataset, filter);
  const h = lens.hidden;
  console.error(`--sources: ${lens.hiddenSourceCount} sources hidden; left out: ${h.incidents} incidents, ${h.controlChanges} control changes, ${h.casualtyClaims} casualty claims`);
  return { dataset: lens.dataset, lens: { filter, lens } };
}
