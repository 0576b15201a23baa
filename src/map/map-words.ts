// The map's own words (the zoom buttons' names, the basemap's credit) in the reader's language,
// following a change of language: Leaflet's controls are given them again.
import * as L from 'leaflet';
import type { AppStore } from '../store/store';

/** Adds the zoom buttons, and the basemap's credit when the dataset has one; returns a function that stops following the language. */
export function followMapWords(map: L.Map, store: AppStore, { basemap = true } = {}): () => void {
  let zoom: L.Control.Zoom | null = null;
  let credit: string | null = null;
  return store.subscribe((s) => s.messages, (t) => {
    zoom?.remove();
    zoom = L.control.zoom({ zoomInTitle: t.zoomIn, zoomOutTitle: t.zoomOut }).addTo(map);
    if (credit !== null) map.attributionControl.removeAttribution(credit);
    if (!basemap) return;
    credit = t.basemapCredit;
    map.attributionControl.addAttribution(credit);
  }, { fireImmediately: true });
}
