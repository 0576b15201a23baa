// Renders components with a store holding the test fixture, as the app would.
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { createAppStore, type AppStore } from '../../src/store/store';
import { StoreContext } from '../../src/ui/store-context';
import { MINI, loadValid } from '../helpers/fs-dataset';

export async function fixtureStore(): Promise<AppStore> {
  const store = createAppStore();
  store.getState().setLoadResult(await loadValid(MINI), []);
  return store;
}

export function renderWith(store: AppStore, ui: ComponentChildren) {
  return render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
}
