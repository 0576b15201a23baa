// Hosts the Leaflet map: created once in an effect, destroyed in its cleanup; nothing else touches Leaflet.
import { useEffect, useRef } from 'preact/hooks';
import { mountMap, type MapOptions } from '../map/map-view';
import { useApp, useAppStore } from './store-context';
import { useT } from './use-t';

export function MapHost({ options, describedBy }: { options: MapOptions; describedBy?: string | undefined }) {
  const store = useAppStore();
  const dataset = useApp((s) => s.dataset);
  const ref = useRef<HTMLDivElement>(null);
  const t = useT();
  useEffect(() => {
    if (!ref.current || !dataset) return;
    return mountMap(ref.current, store, options);
    // The map is made once per dataset; options are read at creation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, dataset]);
  // Leaflet lays out its panes and controls left to right; popups set their own direction.
  return <div ref={ref} class="map" role="region" aria-label={t.mapLabel} aria-describedby={describedBy} dir="ltr" />;
}
