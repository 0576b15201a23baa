// Components whose code loads on first use, outside the first-load bundle (dialogs, the story).
import { h, type ComponentType, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from './use-t';

/**
 * `early`: start loading now (when the module defining it runs), alongside the data, so a part that
 * is on screen from the start is there by the time the data is, without being in the first-load bundle.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, { early = false } = {}): FunctionComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = early ? load().then((c) => (loaded = c)) : null;
  // A failed early load is tried again (and reported) when the part is first shown.
  pending?.catch(() => { pending = null; });
  return function Lazy(props: P) {
    // A function given to useState is called as an initialiser: wrap the component so it is stored, not called.
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [error, setError] = useState<string | null>(null);
    const t = useT();
    useEffect(() => {
      if (component) return;
      pending ??= load().then((c) => (loaded = c));
      let live = true;
      pending.then((c) => { if (live) setComponent(() => c); }, (err: unknown) => {
        pending = null;
        if (live) setError(String(err));
      });
      return () => { live = false; };
    }, [component]);
    if (error) return h('p', { role: 'alert' }, t.partNotLoaded(error));
    return component ? h(component, props) : null;
  };
}
