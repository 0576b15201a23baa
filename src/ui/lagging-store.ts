// The store as a costly part of the sidebar shows it: a step of the time (or of a range's ends) reaches
// it in the page's idle time, after the map and the timeline have shown the step in their frame; every
// other change (the data, the words, a selection) at once. After a single step the page is idle a frame
// later; in a reader's scrub (a drag of a range's end, a held arrow key) it is not, and the part catches
// up once the reader pauses; in playback, which moves on at every frame and has no pause, at least once
// a second. So a panel whose render costs more than a frame has to spare (What changed, at hundreds of
// areas, after a scrub of many steps: 30–45 ms) never holds the map back while the reader moves it.
import type { AppState, AppStore } from '../store/store';
import { pageIdle, type WhenIdle } from '../app/page-idle';
import { isTimeStep, QUIET_MS } from './scrub-steps';

/** In playback, the part catches up this long after the first step it left out, however busy the page. */
export const MAX_LAG_MS = 1000;
/** In a reader's scrub, it waits for a pause, but not longer than this (a page kept busy by something else). */
export const SCRUB_LAG_MS = 5000;
/** The idle time a catch-up waits for: a frame's worth, which a scrub's frames leave no room for. */
export const IDLE_NEEDED_MS = 10;

type Listener = (state: AppState, before: AppState) => void;

export interface LaggingStore {
  /** Reads as the app's store, but a step reaches its state and its listeners late. Writes go to the app's store. */
  store: AppStore;
  /** Stops following the app's store (and any catch-up to come). */
  stop(): void;
}

export interface LaggingOptions {
  /** Called with true when a catch-up has waited QUIET_MS (a scrub), and with false once it is done. */
  onLag?: (lagging: boolean) => void;
  whenIdle?: WhenIdle;
  now?: () => number;
}

export function laggingStore(source: AppStore, { onLag, whenIdle = pageIdle, now = () => performance.now() }: LaggingOptions = {}): LaggingStore {
  let shown = source.getState();
  const listeners = new Set<Listener>();
  /** The catch-up waiting for idle time (null: none), when the first step it waits to show came, and when it must run by. */
  let cancelIdle: (() => void) | null = null;
  let lagSince = 0;
  let dueAt = 0;
  let lagTimer: ReturnType<typeof setTimeout> | undefined;
  let lagging = false;

  const catchUp = () => {
    cancelIdle?.();
    cancelIdle = null;
    clearTimeout(lagTimer);
    if (lagging) {
      lagging = false;
      onLag?.(false);
    }
    const before = shown;
    shown = source.getState();
    if (shown !== before) for (const listener of [...listeners]) listener(shown, before);
  };

  const waitForIdle = (timeoutMs: number) => {
    cancelIdle = whenIdle((deadline) => {
      cancelIdle = null;
      if (deadline.didTimeout || deadline.timeRemaining() >= IDLE_NEEDED_MS) catchUp();
      else waitForIdle(Math.max(1, dueAt - now()));
    }, timeoutMs);
  };

  const unsubscribe = source.subscribe((s, before) => {
    if (!isTimeStep(s, before)) {
      catchUp();
      return;
    }
    if (cancelIdle) {
      // A catch-up is on its way, and will show this step too; playback started in a scrub shortens its wait.
      if (s.playing && now() - lagSince >= MAX_LAG_MS) catchUp();
      return;
    }
    lagSince = now();
    const wait = s.playing ? MAX_LAG_MS : SCRUB_LAG_MS;
    dueAt = lagSince + wait;
    waitForIdle(wait);
    lagTimer = setTimeout(() => {
      lagging = true;
      onLag?.(true);
    }, QUIET_MS);
  });

  const subscribe = (listener: Listener) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  // Only the plain form of subscribe is offered: the sidebar's hooks (store-context.ts, in-view-only.tsx) use no other.
  const store = { ...source, getState: () => shown, subscribe } as unknown as AppStore;
  return {
    store,
    stop() {
      unsubscribe();
      cancelIdle?.();
      cancelIdle = null;
      clearTimeout(lagTimer);
      listeners.clear();
    },
  };
}
