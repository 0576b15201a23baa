// History entries while a range is shown: choosing a range adds one (Back undoes it); moving one of its
// ends, step by step, rewrites the current entry as scrubbing does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syncUrl } from '../../src/app/url-sync';
import { HOUR } from '../../src/core/time';
import { createAppStore, type AppStore } from '../../src/store/store';
import { loadValid, MINI } from '../helpers/fs-dataset';

let store: AppStore;
let stop: () => void;

beforeEach(async () => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/');
  store = createAppStore();
  store.getState().setLoadResult(await loadValid(MINI), []);
  stop = syncUrl(store, window);
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('the link while a range is shown', () => {
  it('adds an entry for a range chosen, and rewrites it as one end moves', () => {
    const { start } = store.getState().dataset as { start: number };
    const before = window.history.length;
    store.getState().showRange(start + HOUR, start + 5 * HOUR);
    expect(window.history.length).toBe(before + 1);
    const chosen = window.location.search;
    expect(chosen).toMatch(/^\?t=[^&]+\/[^&]+$/);
    for (let i = 1; i <= 6; i++) store.getState().showRange(start + HOUR, start + (5 + i) * HOUR);
    expect(window.history.length).toBe(before + 1);
    vi.runAllTimers();
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).not.toBe(chosen);
    expect(window.location.search.split('/')[0]).toBe(chosen.split('/')[0]);
  });

  it('adds an entry when both ends change: another range', () => {
    const { start } = store.getState().dataset as { start: number };
    store.getState().showRange(start + HOUR, start + 5 * HOUR);
    const before = window.history.length;
    store.getState().showRange(start + 2 * HOUR, start + 8 * HOUR);
    expect(window.history.length).toBe(before + 1);
  });
});
