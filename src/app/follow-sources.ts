// Applies the source lens whenever the view hides sources (a link with sources=, or the reader's
// choice): its code loads only then, never in a first load without it. Another dataset starts with
// every source shown (the store's replaceDataset), so following `sources` is enough.
import type { AppStore } from '../store/store';

export function followSources(store: AppStore): () => void {
  return store.subscribe((s) => s.sources, (sources) => {
    if (sources !== null) void import('./apply-lens').then((m) => m.applyLens(store));
  });
}
