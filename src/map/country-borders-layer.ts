// Country borders from Natural Earth under a dataset wider than its own basemap (the rule is
// core/needs-country-borders.ts): this module loads after the first map is drawn, and the borders'
// data only for a dataset that needs them, coarse for a country seen whole, finer once zoomed in.
import './country-borders.css';
import * as L from 'leaflet';
import { borderDetailAt, type BorderDetail, type Box } from '../core/border-detail';
import { needsCountryBorders } from '../core/needs-country-borders';
import type { Dataset } from '../core/types';

export interface CountryBordersOptions {
  dataset: Pick<Dataset, 'sites' | 'basemap' | 'incidents'>;
  /** Where the map may go (its maxBounds): borders beyond it are left out. */
  bounds: L.LatLngBounds;
}

const PANE = 'countryBorders';
const ATTRIBUTION = '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>';

/** Adds the borders to `map` when the dataset needs them; returns a function that removes them. */
export function showCountryBorders(map: L.Map, { dataset, bounds }: CountryBordersOptions): () => void {
  if (!needsCountryBorders(dataset)) return () => {};
  if (!map.getPane(PANE)) {
    // Over web tiles (200), under the basemap, the areas and the incidents (overlay pane, 400).
    const pane = map.createPane(PANE);
    pane.style.zIndex = '300';
    pane.style.pointerEvents = 'none';
  }
  const box: Box = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
  const group = L.layerGroup([], { attribution: ATTRIBUTION }).addTo(map);
  let shown: BorderDetail | null = null;
  let live = true;

  const show = (detail: BorderDetail) => {
    shown = detail;
    import('../app/country-border-data').then((m) => m.fetchBorderLines(detail, box)).then(({ borders, coasts }) => {
      // A coarse answer that comes after the fine one is dropped.
      if (!live || shown !== detail) return;
      group.clearLayers();
      const latLngs = (lines: typeof borders) => lines.map((line) => line.map(([lon, lat]) => L.latLng(lat, lon)));
      const style = { pane: PANE, interactive: false, fill: false, smoothFactor: 1.5 };
      L.polyline(latLngs(coasts), { ...style, className: 'country-coast' }).addTo(group);
      L.polyline(latLngs(borders), { ...style, className: 'country-border' }).addTo(group);
    }).catch(() => {
      // Borders are context, not data: without them the map is as it was. A later zoom tries again.
      if (shown === detail) shown = null;
    });
  };
  // Once fine, the borders stay fine: zooming out again fetches nothing.
  const onZoom = () => {
    const detail = borderDetailAt(map.getZoom());
    if (detail === 'fine' ? shown !== 'fine' : shown === null) show(detail);
  };
  map.on('zoomend', onZoom);
  onZoom();
  return () => {
    live = false;
    map.off('zoomend', onZoom);
    group.remove();
  };
}
