// Components whose code loads on first use, outside the first-load bundle (dialogs, the story), or
// once the first map is drawn (parts on screen from the start that the map does not need).
import { h, type ComponentType, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterFirstMap } from './after-first-map';
import { useT } from './use-t';

export interface LazyOptions<P> {
  /**
   * A part on screen from the start that the map does not need: it starts loading as soon as the
   * first map is drawn (shown before that, it waits for it), outside the first load.
   */
  afterMap?: boolean;
  /** Shown while the code loads: the room the part will take, so that nothing around it moves when it comes. */
  placeholder?: FunctionComponent<P>;
}

/**
 * A part whose code loads on first use; `preload` starts loading it before (a part about to be shown),
 * so that it then shows at once, and resolves when its code is there (or could not be loaded: the part
 * then says so when shown).
 */
export type LazyComponent<P> = FunctionComponent<P> & { preload(): Promise<void> };

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, { afterMap = false, placeholder }: LazyOptions<P> = {}): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  const start = () => (afterMap ? afterFirstMap().then(load) : load()).then((c) => (loaded = c));
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<void> => {
    if (!pending) {
      pending = start();
      // A failed early load is tried again (and reported) when the part is first shown.
      pending.catch(() => { pending = null; });
    }
    return pending.then(() => undefined, () => undefined);
  };
  if (afterMap) void preload();
  return Object.assign(function Lazy(props: P) {
    // A function given to useState is called as an initialiser: wrap the component so it is stored, not called.
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [error, setError] = useState<string | null>(null);
    const t = useT();
    useEffect(() => {
      if (component) return;
      pending ??= start();
      let live = true;
      pending.then((c) => { if (live) setComponent(() => c); }, (err: unknown) => {
        pending = null;
        if (live) setError(String(err));
      });
      return () => { live = false; };
    }, [component]);
    if (error) return h('p', { role: 'alert' }, t.partNotLoaded(error));
    return component ? h(component, props) : placeholder ? h(placeholder, props) : null;
  }, { preload });
}
