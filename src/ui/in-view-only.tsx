// Parts of the sidebar that follow every change of the store only while they are on screen: scrolled
// out of view (below a long panel), they leave out the steps of a scrub and catch up as soon as the
// reader pauses or scrolls back to them. Used by parts loaded on demand, so none of it is in the first load.
import { h, type ComponentType, type FunctionComponent } from 'preact';
import { useContext, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { PureComponent } from './PureComponent';
import type { AppState } from '../store/store';
import { isTimeStep, onlyViewChanged, QUIET_MS, scrubClock } from './scrub-steps';
import { ShownContext, useAppStore } from './store-context';

interface GateProps<P> {
  inner: FunctionComponent<P>;
  props: P;
}

function Gate<P extends object>({ inner, props }: GateProps<P>) {
  const store = useAppStore();
  const unfolded = useContext(ShownContext);
  const box = useRef<HTMLDivElement>(null);
  // Without an observer (a test DOM) a part is always in view, as it was before.
  const [inView, setInView] = useState(true);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof IntersectionObserver !== 'function') return undefined;
    const observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) setInView(last.isIntersecting);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // The store as this render saw it: a change between the render and the subscription below is caught up.
  const rendered = useRef<AppState>(store.getState());
  rendered.current = store.getState();
  // Out of view but unfolded: a step of the time after a pause (a click, a single key step) and any
  // other change that a panel may show (a selection, the layers, the words, the data) are shown at once, as they
  // always were; the steps that follow quickly (a scrub, playback) only once they pause, so that what a
  // screen reader or a search of the page finds there is never out of date for long.
  // A layout effect, and the check after subscribing: the part's own hooks stop following the store
  // in this commit, so a change that came before this subscription (a language switched just as the
  // part left the view) would otherwise never be shown.
  useLayoutEffect(() => {
    if (inView || !unfolded) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const clock = scrubClock();
    const catchUp = () => rerender(0);
    const stop = store.subscribe((s, before) => {
      if (!isTimeStep(s, before)) {
        if (onlyViewChanged(s, before)) return;
        catchUp();
        clock.reset();
        return;
      }
      clearTimeout(timer);
      if (clock.step()) timer = setTimeout(catchUp, QUIET_MS);
      else catchUp();
    });
    if (store.getState() !== rendered.current) catchUp();
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [inView, unfolded, store]);
  // The element is made here, in the gate's own render, so that a catch-up renders `inner` again
  // (see self-updating.ts for why it is not kept anywhere else).
  return <div ref={box} class="in-view-only"><ShownContext.Provider value={unfolded && inView}>{h(inner, props)}</ShownContext.Provider></div>;
}

/**
 * `Inner` as a part that follows the store only while on screen. Its parent re-rendering does not
 * render it again unless its props change (a shallow comparison), so it takes no props that change
 * at every step: it reads what it shows from the store itself.
 */
export function inViewOnly<P extends object>(Inner: FunctionComponent<P>): ComponentType<P> {
  class InViewOnly extends PureComponent<P> {
    override render(props: P) {
      return h(Gate<P>, { inner: Inner, props });
    }
  }
  return InViewOnly;
}
