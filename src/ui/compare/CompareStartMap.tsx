// The compare view's map of the range's start, beside the app's map of its end: mounted while the
// two are compared, with its own label for screen readers.
import { useEffect, useRef } from 'preact/hooks';
import { formatLocalDateTime } from '../../core/time-text';
import { COMPARE_WORDS } from '../../i18n/compare-words';
import type { MapOptions } from '../../map/map-view';
import { selectTimeZone } from '../../store/selectors';
import type { AppStore } from '../../store/store';
import { useApp, useAppStore } from '../store-context';
import { useLang } from '../use-t';

export function CompareStartMap({ options, mount }: { options: MapOptions; mount: (host: HTMLElement, store: AppStore, options: MapOptions) => () => void }) {
  const store = useAppStore();
  const dataset = useApp((s) => s.dataset);
  const start = useApp((s) => s.rangeStart ?? s.time);
  const timeZone = useApp(selectTimeZone);
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current || !dataset) return;
    return mount(ref.current, store, options);
    // Made once per dataset, as the app's map is; options are read at creation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, dataset]);
  const label = COMPARE_WORDS[lang].startMap(formatLocalDateTime(start, timeZone, lang));
  return <div ref={ref} class="map compare-start" role="region" aria-label={label} dir="ltr" />;
}
