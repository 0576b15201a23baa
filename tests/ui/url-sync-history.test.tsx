// History entries while a range is shown: choosing a range adds one (Back undoes it); moving one of its
// ends, step by step, rewrites the current entry as scrubbing does.
import { describe, expect, it, vi } from 'vitest';
import { HOUR } from '../../src/core/time';
import { syncedMiniStore } from '../helpers/synced-url-store';

const synced = syncedMiniStore();

describe('the link while a range is shown', () => {
  it('adds an entry for a range chosen, and rewrites it as one end moves', () => {
    const { start } = synced.store.getState().dataset as { start: number };
    const before = window.history.length;
    synced.store.getState().showRange(start + HOUR, start + 5 * HOUR);
    expect(window.history.length).toBe(before + 1);
    const chosen = window.location.search;
    expect(chosen).toMatch(/^\?t=[^&]+\/[^&]+$/);
    for (let i = 1; i <= 6; i++) synced.store.getState().showRange(start + HOUR, start + (5 + i) * HOUR);
    expect(window.history.length).toBe(before + 1);
    vi.runAllTimers();
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).not.toBe(chosen);
    expect(window.location.search.split('/')[0]).toBe(chosen.split('/')[0]);
  });

  it('adds an entry when both ends change: another range', () => {
    const { start } = synced.store.getState().dataset as { start: number };
    synced.store.getState().showRange(start + HOUR, start + 5 * HOUR);
    const before = window.history.length;
    synced.store.getState().showRange(start + 2 * HOUR, start + 8 * HOUR);
    expect(window.history.length).toBe(before + 1);
  });
});
