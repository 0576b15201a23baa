// A store with the mini dataset whose link is kept in the window's address (app/url-sync.ts), made
// afresh for each test with fake timers, and stopped after it.
import { afterEach, beforeEach, vi } from 'vitest';
import { syncUrl } from '../../src/app/url-sync';
import { createAppStore, type AppStore } from '../../src/store/store';
import { loadValid, MINI } from './fs-dataset';

export function syncedMiniStore(): { readonly store: AppStore } {
  const current = { store: createAppStore() };
  let stop = () => {};
  beforeEach(async () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
    current.store = createAppStore();
    current.store.getState().setLoadResult(await loadValid(MINI), []);
    stop = syncUrl(current.store, window);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });
  return current;
}
