// The page's idle time, as work that waits for it asks for it: the loader's slices (idle-pauses.ts) and
// the parts of the sidebar that take in a step after the map (ui/lagging-store.ts).

/** What requestIdleCallback gives its callback. */
export interface IdleDeadline {
  didTimeout: boolean;
  timeRemaining(): number;
}

/** Calls back in the page's idle time, or after `timeoutMs` whatever the page is doing; returns a cancel. */
export type WhenIdle = (callback: (deadline: IdleDeadline) => void, timeoutMs: number) => () => void;

/** The page's idle time; where a browser cannot tell it (Safari, a test DOM), the next task. */
export const pageIdle: WhenIdle = (callback, timeoutMs) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 }), 0);
  return () => clearTimeout(timer);
};
