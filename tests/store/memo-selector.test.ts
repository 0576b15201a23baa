// A memoised selector read again with the state it last read answers without reading its inputs
// (every panel and layer checks its selectors after each change of the store); a new state is
// always looked at, so a changed input is never missed.
import { describe, expect, it } from 'vitest';
import { memoSelector } from '../../src/store/selectors';
import type { AppState } from '../../src/store/store';

describe('memoSelector', () => {
  it('reads its inputs once per state, and computes once per inputs', () => {
    let read = 0;
    let computed = 0;
    const select = memoSelector((s: AppState) => { read++; return [s.time] as const; }, (time) => { computed++; return { time }; });
    const first = { time: 1, speed: 1 } as AppState;
    const value = select(first);
    expect(select(first)).toBe(value);
    expect(select(first)).toBe(value);
    expect([read, computed]).toEqual([1, 1]);
    // Another state with the same time (a change elsewhere in the store): inputs read, nothing computed.
    expect(select({ ...first, speed: 2 })).toBe(value);
    expect([read, computed]).toEqual([2, 1]);
    // Another time: computed anew, never the answer remembered for the last state.
    expect(select({ ...first, time: 2 })).toEqual({ time: 2 });
    expect([read, computed]).toEqual([3, 2]);
    expect(select(first)).toBe(value);
    expect([read, computed]).toEqual([4, 2]);
  });
});
