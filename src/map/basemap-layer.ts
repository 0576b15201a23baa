// The offline basemap: city extent, river, border, roads and labels drawn from the dataset itself.
import * as L from 'leaflet';
import { nameIn, type Lang } from '../core/names';
import type { BasemapFeature, LocalizedName } from '../core/types';
import { el } from './dom';
import { toLatLng } from './geometry';

const STYLES: Record<BasemapFeature['properties']['kind'], L.PathOptions> = {
  city: { color: '#c9c0ad', weight: 1, fillColor: '#f4efe4', fillOpacity: 1, dashArray: '2 4' },
  river: { color: '#4a90c2', weight: 5, opacity: 0.9 },
  border: { color: '#5b5b5b', weight: 2.5, dashArray: '10 5 2 5' },
  road: { color: '#ffffff', weight: 5, opacity: 1 },
  railway: { color: '#7a7a7a', weight: 2, dashArray: '6 4' },
  label: {},
};

/** A label's text, which follows the reader's language. */
interface Label { name: LocalizedName; span: HTMLSpanElement }

/** The basemap as one non-interactive layer under everything else; `setLang` renames its labels. */
export function basemapLayer(features: readonly BasemapFeature[]): { layer: L.LayerGroup; setLang: (lang: Lang) => void } {
  const group = L.layerGroup();
  const labels: Label[] = [];
  const order: BasemapFeature['properties']['kind'][] = ['city', 'road', 'railway', 'river', 'border', 'label'];
  for (const kind of order) {
    for (const f of features) {
      if (f.properties.kind !== kind) continue;
      const layer = featureLayer(f, labels);
      if (layer) layer.addTo(group);
    }
  }
  const setLang = (lang: Lang) => {
    for (const { name, span } of labels) {
      const shown = nameIn(name, lang);
      span.textContent = shown.text;
      span.lang = shown.lang;
      span.dir = 'auto';
      span.classList.toggle('name-fallback', shown.fallback);
    }
  };
  return { layer: group, setLang };
}

function featureLayer(f: BasemapFeature, labels: Label[]): L.Layer | null {
  const g = f.geometry;
  const style = { ...STYLES[f.properties.kind], interactive: false, className: `basemap-${f.properties.kind}` };
  const localized = f.properties.name;
  const name = localized ? el('span', {}, localized.en) : null;
  if (localized && name) labels.push({ name: localized, span: name });
  switch (g.type) {
    case 'Point':
      return name
        ? L.marker(toLatLng(g.coordinates), {
          interactive: false, keyboard: false,
          // Leaflet writes a string given as html or content as HTML: names go in as elements with text.
          icon: L.divIcon({ className: `basemap-label basemap-label-${f.id}`, html: name, iconSize: undefined }),
        })
        : null;
    case 'LineString': {
      const line = L.polyline(g.coordinates.map(toLatLng), style);
      if (name) line.bindTooltip(name, { permanent: true, direction: 'center', className: `basemap-line-label basemap-${f.properties.kind}-label` });
      return line;
    }
    case 'MultiLineString':
      return L.polyline(g.coordinates.map((l) => l.map(toLatLng)), style);
    case 'Polygon':
      return L.polygon(g.coordinates.map((r) => r.map(toLatLng)), style);
  }
}
