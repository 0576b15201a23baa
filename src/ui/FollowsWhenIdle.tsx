// Wraps a costly part of the sidebar so that its hooks read the store through a view that takes in
// steps of the time in the page's idle time (lagging-store.ts): the map shows a step first, the part
// a frame later, or once a scrub pauses. Left behind by a scrub, the part says so: busy to screen
// readers, and dimmed, as a list being brought up to date.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { laggingStore } from './lagging-store';
import { StoreContext, useAppStore } from './store-context';

export function FollowsWhenIdle({ children }: { children: ComponentChildren }) {
  const source = useAppStore();
  const box = useRef<HTMLDivElement>(null);
  // Set on the element, not by a render: a render here would diff the part it wraps.
  const lagging = useMemo(() => laggingStore(source, { onLag: (lags) => box.current?.setAttribute('aria-busy', String(lags)) }), [source]);
  useEffect(() => () => lagging.stop(), [lagging]);
  return <div ref={box} class="follows-when-idle" aria-busy="false"><StoreContext.Provider value={lagging.store}>{children}</StoreContext.Provider></div>;
}
