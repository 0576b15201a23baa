// The store as What changed reads it (src/ui/lagging-store.ts): a step of the time reaches it in the
// page's idle time, several steps as one; every other change at once; in a reader's scrub once it
// pauses (SCRUB_LAG_MS at the latest), in playback at least once a second (MAX_LAG_MS).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOUR } from '../../src/core/time';
import type { IdleDeadline, WhenIdle } from '../../src/app/page-idle';
import { IDLE_NEEDED_MS, laggingStore, MAX_LAG_MS, SCRUB_LAG_MS } from '../../src/ui/lagging-store';
import { QUIET_MS } from '../../src/ui/scrub-steps';
import type { AppState, AppStore } from '../../src/store/store';
import { fixtureStore } from './render-app';

/** The page's idle time, as the test hands it out: each waiting callback, with its timeout. */
function fakeIdle() {
  const waiting: { callback: (deadline: IdleDeadline) => void; timeoutMs: number }[] = [];
  const whenIdle: WhenIdle = (callback, timeoutMs) => {
    const entry = { callback, timeoutMs };
    waiting.push(entry);
    return () => waiting.splice(waiting.indexOf(entry), 1);
  };
  /** The page is idle for `ms` (or the oldest callback's timeout has passed). */
  const idle = (ms: number, didTimeout = false) => {
    const entry = waiting.shift();
    if (!entry) throw new Error('nothing waits for idle time');
    entry.callback({ didTimeout, timeRemaining: () => ms });
  };
  return { whenIdle, waiting, idle };
}

let clock = 0;
const now = () => clock;

async function setUp(onLag?: (lagging: boolean) => void) {
  const source = await fixtureStore();
  const { start } = source.getState().dataset!;
  source.getState().showRange(start, start + 6 * HOUR);
  const idle = fakeIdle();
  const lagging = laggingStore(source, { whenIdle: idle.whenIdle, now, ...(onLag ? { onLag } : {}) });
  const heard: [AppState, AppState][] = [];
  lagging.store.subscribe((s, before) => heard.push([s, before]));
  /** Moves the range's end on by `hours`, as Shift+ArrowRight does. */
  const step = (hours = 1) => source.getState().showRange(start, source.getState().time + hours * HOUR);
  return { source, lagging, view: lagging.store as AppStore, heard, step, ...idle };
}

beforeEach(() => {
  clock = 1_000;
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the store as What changed reads it', () => {
  it('shows a change that is not a step of the time at once, and tells its listeners what it was before', async () => {
    const { source, view, heard, waiting } = await setUp();
    const before = view.getState();
    source.getState().setLang('ar');
    expect(view.getState().lang).toBe('ar');
    expect(heard).toEqual([[source.getState(), before]]);
    expect(waiting).toHaveLength(0);
  });

  it('takes in a step once the page has a frame\'s worth of idle time, and several steps as one', async () => {
    const { source, view, heard, step, waiting, idle } = await setUp();
    const shown = view.getState();
    step();
    step();
    step();
    expect(view.getState()).toBe(shown);
    expect(heard).toHaveLength(0);
    // One wait for all three, for the reader's pause (at the latest SCRUB_LAG_MS after the first).
    expect(waiting.map((w) => w.timeoutMs)).toEqual([SCRUB_LAG_MS]);
    // A scrub's frames leave a few milliseconds: not enough, so it waits on, for what is left of its time.
    clock += 400;
    idle(IDLE_NEEDED_MS - 1);
    expect(view.getState()).toBe(shown);
    expect(waiting.map((w) => w.timeoutMs)).toEqual([SCRUB_LAG_MS - 400]);
    idle(IDLE_NEEDED_MS);
    expect(view.getState()).toBe(source.getState());
    expect(heard).toEqual([[source.getState(), shown]]);
  });

  it('catches up when its wait is over, however busy the page', async () => {
    const { source, view, step, idle } = await setUp();
    step();
    clock += SCRUB_LAG_MS;
    idle(0, true);
    expect(view.getState()).toBe(source.getState());
  });

  it('in playback, which never pauses, catches up at least once a second', async () => {
    const { source, view, idle, waiting } = await setUp();
    const { rangeStart } = source.getState();
    source.getState().setPlaying(true);
    // Playback sweeps the range's end from its start, a little at each frame.
    const play = () => source.getState().playTo(source.getState().time + 60_000);
    play();
    expect(waiting.map((w) => w.timeoutMs)).toEqual([MAX_LAG_MS]);
    const shown = view.getState();
    clock += MAX_LAG_MS - 1;
    play();
    expect(view.getState()).toBe(shown);
    clock += 1;
    play();
    expect(view.getState()).toBe(source.getState());
    expect(view.getState().rangeStart).toBe(rangeStart);
    expect(waiting).toHaveLength(0);
    // The next frame's step waits anew.
    play();
    expect(waiting).toHaveLength(1);
    idle(0, true);
    expect(view.getState()).toBe(source.getState());
  });

  it('shows a step still waiting at once when another kind of change comes, and waits for nothing more', async () => {
    const { source, view, heard, step, waiting } = await setUp();
    step();
    source.getState().setClaims(!source.getState().claims);
    expect(view.getState()).toBe(source.getState());
    expect(heard).toHaveLength(1);
    expect(waiting).toHaveLength(0);
  });

  it('says it lags only once a catch-up has waited as long as a scrub\'s pause, and that it caught up', async () => {
    const lags: boolean[] = [];
    const { step, idle } = await setUp((lagging) => lags.push(lagging));
    // A single step, taken in a frame later: nothing to say.
    step();
    vi.advanceTimersByTime(16);
    idle(40);
    vi.advanceTimersByTime(QUIET_MS);
    expect(lags).toEqual([]);
    // A scrub: the page is never idle long enough.
    step();
    vi.advanceTimersByTime(QUIET_MS - 1);
    step();
    expect(lags).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(lags).toEqual([true]);
    idle(40);
    expect(lags).toEqual([true, false]);
  });

  it('sends what is written to the app\'s store', async () => {
    const { source, view } = await setUp();
    view.getState().setLang('ku');
    expect(source.getState().lang).toBe('ku');
    expect(view.getState().lang).toBe('ku');
  });

  it('stops following the app\'s store, and drops the catch-up it waited for', async () => {
    const { lagging, view, heard, step, waiting, source } = await setUp();
    step();
    lagging.stop();
    expect(waiting).toHaveLength(0);
    source.getState().setLang('ar');
    expect(view.getState().lang).not.toBe('ar');
    expect(heard).toHaveLength(0);
  });
});
