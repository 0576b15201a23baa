// When a scrub writes the link: once the steps rest a quarter of a second, and while they go on (a held
// key, playback) at most once a second, so that writing it (a few milliseconds) falls on few steps.
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

describe('the link during a scrub', () => {
  it('is written once the steps rest, and at most once a second while they go on', () => {
    const { start } = store.getState().dataset as { start: number };
    const writes: string[] = [];
    const replace = vi.spyOn(window.history, 'replaceState').mockImplementation((_data, _unused, url) => { writes.push(String(url)); });
    // A step every 30 ms for 2.1 s: not a quarter of a second after the first, but once a second.
    for (let i = 1; i <= 70; i++) {
      store.getState().setTime(start + i * HOUR);
      vi.advanceTimersByTime(30);
      if (i === 10) expect(writes).toEqual([]);
    }
    expect(writes.length).toBe(2);
    // The steps rest: the link says where they stopped, a quarter of a second later and not before.
    vi.advanceTimersByTime(200);
    expect(writes.length).toBe(2);
    vi.advanceTimersByTime(60);
    expect(writes.length).toBe(3);
    expect(writes.at(-1)).toContain(new Date(start + 70 * HOUR).toISOString().slice(0, 10));
    replace.mockRestore();
  });
});
