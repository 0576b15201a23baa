// Hosts the Leaflet map: created once in an effect, destroyed in its cleanup; nothing else touches Leaflet.
import { useEffect, useRef } from 'preact/hooks';
import { mountMap, type MapOptions } from '../map/map-view';
import { useApp, useAppStore } from './store-context';

export function MapHost({ options }: { options: MapOptions }) {
  const store = useAppStore();
  const dataset = useApp((s) => s.dataset);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current || !dataset) return;
    return mountMap(ref.current, store, options);
    // The map is made once per dataset; options are read at creation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, dataset]);
  return <div ref={ref} class="map" role="region" aria-label="Map" />;
}
