// A store that has loaded a dataset and then opened a link, as the page does, and the link it writes
// back: for tests of a link parameter's round trip through the store.
import { readLink, writeLink } from '../../src/core/link';
import type { Dataset } from '../../src/core/types';
import { applyLink, linkContextOf, linkStateOf } from '../../src/store/link-state';
import { createAppStore, type AppStore } from '../../src/store/store';

export function linkedStores(dataset: Dataset, { after }: { after?: (store: AppStore) => void } = {}) {
  const ctx = linkContextOf(dataset);
  const open = (search: string) => {
    const store = createAppStore();
    store.getState().setLoadResult(dataset, []);
    applyLink(store, readLink(search, ctx).state);
    after?.(store);
    return store;
  };
  const link = (store: AppStore) => writeLink(linkStateOf(store.getState()), ctx.timeZone);
  return { ctx, open, link };
}
