// When a scrub writes the link: once the steps rest a quarter of a second, and while they go on (a held
// key, playback) at most once a second, so that writing it (a few milliseconds) falls on few steps.
import { describe, expect, it, vi } from 'vitest';
import { HOUR } from '../../src/core/time';
import { syncedMiniStore } from '../helpers/synced-url-store';

const synced = syncedMiniStore();

describe('the link during a scrub', () => {
  it('is written once the steps rest, and at most once a second while they go on', () => {
    const { start } = synced.store.getState().dataset as { start: number };
    const writes: string[] = [];
    const replace = vi.spyOn(window.history, 'replaceState').mockImplementation((_data, _unused, url) => { writes.push(String(url)); });
    // A step every 30 ms for 2.1 s: not a quarter of a second after the first, but once a second.
    for (let i = 1; i <= 70; i++) {
      synced.store.getState().setTime(start + i * HOUR);
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
