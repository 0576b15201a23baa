// Components whose code loads on first use, outside the first-load bundle (dialogs, the story).
import { h, type ComponentType, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from './use-t';

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
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
