// Gives components the app's store; components subscribe to single selected values of it.
import { createContext } from 'preact';
import { useContext, useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { AppState, AppStore } from '../store/store';

export const StoreContext = createContext<AppStore | null>(null);

/** False inside a folded panel: its components skip the store's changes (a time step's above all) until it unfolds. */
export const ShownContext = createContext(true);

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing: wrap the app in <StoreContext.Provider>');
  return store;
}

/**
 * Subscribes the component to one selected value; it re-renders only when that value changes, and
 * not while it is folded away (it catches up as it unfolds).
 * (zustand's own hook needs React, which would pull preact/compat into the first-load bundle.)
 * A component re-rendered this way at every step, placed inside another element rather than
 * returned by a component, is exported through selfUpdating (self-updating.ts), or it leaks.
 */
export function useApp<T>(selector: (s: AppState) => T): T {
  const store = useAppStore();
  const visible = useContext(ShownContext);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const selected = selector(store.getState());
  const latest = useRef({ selector, selected });
  latest.current = { selector, selected };
  useLayoutEffect(() => {
    if (!visible) return undefined;
    const check = () => {
      const { selector: select, selected: shown } = latest.current;
      if (!Object.is(select(store.getState()), shown)) rerender(0);
    };
    check(); // the store may have changed between render and subscription (or while folded)
    return store.subscribe(check);
  }, [store, visible]);
  return selected;
}
