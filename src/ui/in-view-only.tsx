// Parts of the sidebar that follow the store only while they are on screen: scrolled out of view
// (below a long panel), they leave a time step's work out and catch up as soon as the reader pauses
// or scrolls back to them. Used by parts loaded on demand, so none of it is in the first load.
import { h, type ComponentType, type FunctionComponent } from 'preact';
import { useContext, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { PureComponent } from './PureComponent';
import { ShownContext, useAppStore } from './store-context';

/** Out of view, a part catches up this long after the store last changed: a scrub has paused. */
export const QUIET_MS = 250;

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
  const [, catchUp] = useReducer((n: number) => n + 1, 0);
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
  // Out of view but unfolded: a render once the changes stop, so that what a screen reader or a
  // search of the page finds there is never out of date for long.
  useEffect(() => {
    if (inView || !unfolded) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(catchUp, QUIET_MS);
    });
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
