// The dataset's own basemap as the map draws it (src/map/basemap-layer.ts): the city's extent, roads,
// railway, river and border, then the place labels on top.
import { nameIn } from '../names';
import type { BasemapFeature } from '../types';
import type { Picture } from './picture';
import { lineMidpoint, pathData } from './svg-path';
import { tag, xml } from './svg-text';

type Kind = BasemapFeature['properties']['kind'];

/** The map's styles for each kind (basemap-layer.ts), as SVG paint. */
const STYLES: Record<Exclude<Kind, 'label'>, Record<string, string | number>> = {
  city: { stroke: '#c9c0ad', 'stroke-width': 1, fill: '#f4efe4', 'stroke-dasharray': '2 4' },
  road: { stroke: '#ffffff', 'stroke-width': 5, fill: 'none' },
  railway: { stroke: '#7a7a7a', 'stroke-width': 2, fill: 'none', 'stroke-dasharray': '6 4' },
  river: { stroke: '#4a90c2', 'stroke-width': 5, 'stroke-opacity': 0.9, fill: 'none' },
  border: { stroke: '#5b5b5b', 'stroke-width': 2.5, fill: 'none', 'stroke-dasharray': '10 5 2 5' },
};
const ORDER: Exclude<Kind, 'label'>[] = ['city', 'road', 'railway', 'river', 'border'];

/** Leaflet draws paths with round caps and joins. */
const ROUND = { 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };

export function basemapSvg(features: readonly BasemapFeature[], picture: Picture): string {
  let out = '';
  for (const kind of ORDER) {
    for (const f of features) {
      if (f.properties.kind !== kind) continue;
      const d = featurePath(f, picture);
      if (d) out += tag('path', { d, ...STYLES[kind], ...ROUND, 'data-basemap': f.id });
    }
  }
  return `<g class="basemap">${out}${labels(features, picture)}</g>`;
}

function featurePath(f: BasemapFeature, picture: Picture): string {
  const g = f.geometry;
  switch (g.type) {
    case 'Point': return '';
    case 'LineString': return pathData([g.coordinates], picture.projection, false);
    case 'MultiLineString': return pathData(g.coordinates, picture.projection, false);
    case 'Polygon': return pathData(g.coordinates, picture.projection, true);
  }
}

/** Place names (bold, brown, haloed) and the names of lines at their middle (italic, blue), as the map's CSS. */
function labels(features: readonly BasemapFeature[], picture: Picture): string {
  let out = '';
  const u = picture.unit;
  for (const f of features) {
    const name = f.properties.name;
    const g = f.geometry;
    if (!name || (g.type !== 'Point' && g.type !== 'LineString')) continue;
    const shown = nameIn(name, picture.lang);
    const point = g.type === 'Point';
    const [x, y] = point ? picture.projection.point(g.coordinates[0], g.coordinates[1]) : lineMidpoint(g.coordinates, picture.projection);
    const style = point
      ? { 'font-size': 12 * u, 'font-weight': 700, fill: '#4f493e', stroke: '#f4efe4' }
      : { 'font-size': 10.5 * u, 'font-style': 'italic', fill: '#1f5a80', stroke: '#ffffff' };
    out += tag('text', {
      x, y, dy: '0.35em', 'text-anchor': 'middle', ...style, 'stroke-width': 3 * u, 'stroke-linejoin': 'round', 'paint-order': 'stroke',
      ...(shown.lang === 'ar' ? { direction: 'rtl' } : {}), 'xml:lang': shown.lang,
    }, xml(shown.text));
  }
  return out;
}
