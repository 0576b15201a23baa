// Applies the source lens whenever the view hides sources (a link with sources=, or the reader's
// choice): its code loads only then, never in a first load without it.
import type { AppStore } from '../store/store';

export function followSources(store: AppStore): () => void {
  return store.subscribe((s) => [s.sources, s.fullDataset] as const, ([sources, dataset]) => {
    if (sources !== null && dataset) void import('./apply-lens').then((m) => m.applyLens(store));
  }, { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1], fireImmediately: true });
}
