// The source lens applied to the store (loaded on demand): reads the sources hidden against the
// dataset, names what it does not know in a notice, and shows the dataset as the rest tell it.
import { filterBySources, type SourceLens } from '../core/source-filter';
import { readSourcesParam } from '../core/source-filter-link';
import type { Dataset } from '../core/types';
import type { AppStore } from '../store/store';

// The last dataset filtered, by its written filter: a link read again (Back, Forward) costs nothing.
let last: { dataset: Dataset; sources: string; lens: SourceLens } | null = null;

export function applyLens(store: AppStore): void {
  const { sources, fullDataset: dataset } = store.getState();
  if (sources === null || !dataset) return;
  const read = readSourcesParam(sources, new Set(dataset.sources.map((s) => s.id)));
  if (read.problem) store.getState().addNotice('link-sources', { say: 'link', problem: read.problem, timeZone: dataset.manifest.timezone });
  if (!read.value) {
    store.getState().setSources(null);
    return;
  }
  if (last?.dataset !== dataset || last.sources !== read.value) last = { dataset, sources: read.value, lens: filterBySources(dataset, read.filter) };
  const { dataset: shown, ...hid } = last.lens;
  store.getState().showLens({ ...hid, sources: read.value, filter: read.filter }, shown, sources);
}
