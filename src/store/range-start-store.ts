// The app's store as seen at the range's start: the compare view's first map reads it, so every
// layer draws that moment unchanged. Its actions are the app store's own, so a pan, a click or a
// closed popup there changes the one view the reader has.
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { shallow } from 'zustand/vanilla/shallow';
import type { AppState, AppStore } from './store';

/** The state at the range's start: a moment, not playing (outside a range, the moment shown). */
function atRangeStart(s: AppState): AppState {
  return { ...s, time: s.rangeStart ?? s.time, span: 'moment', rangeStart: null, compare: false, playing: false, playUntil: null };
}

/** A read-only store that follows `app`; `stop` detaches it. */
export function rangeStartStore(app: AppStore): { store: AppStore; stop: () => void } {
  const store = createStore<AppState>()(subscribeWithSelector(() => atRangeStart(app.getState())));
  // Only a change seen at the range's start reaches the first map: moving the range's end does not.
  const stop = app.subscribe((s) => {
    const next = atRangeStart(s);
    if (!shallow(next, store.getState())) store.setState(next, true);
  });
  return { store, stop };
}
