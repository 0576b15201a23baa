// Incidents as the map draws them (src/map/incident-markers-layer.ts): each type's glyph, faded by
// age, spread apart where they would overlap; uncertainty circles and lines from the firing position
// for fire; the selected incident ringed. Crowded views get the dense mode's small layer shapes.
import { siteCentre, locationPoint } from '../geo';
import type { Incident, IncidentType, Location, Site } from '../types';
import { isFire, typeGlyph, typeLayer, type Vocabulary } from '../vocabulary';
import { typesByLayer } from '../types-by-layer';
import { incidentGlyph } from '../../marks/icons';
import { corners } from '../../marks/mark-shapes';
import type { Picture } from './picture';
import { hasSiteMark } from './svg-sites';
import { num, tag } from './svg-text';
import { fadeFor } from '../incident-fade';
import { placeMarkers } from '../placement';

const ICON_SIZE = 28;
/** More incidents than this are drawn as the map's dense mode draws them (incidents-layer.ts). */
export const DENSE_AT = 300;
const DENSE_RADIUS = 4;

export const glyphId = (type: IncidentType) => `pv-glyph-${type}`;

/** The glyphs of the types drawn, once each, for <use>. */
export function glyphDefs(types: readonly IncidentType[], vocabulary: Vocabulary): string {
  return types.map((t) => tag('g', { id: glyphId(t) }, incidentGlyph(typeGlyph(vocabulary, t)))).join('');
}

/** Where a location is, and how uncertain (the map's geometry.ts locate). */
function locate(loc: Location, sites: ReadonlyMap<string, Site>): { lon: number; lat: number; precisionM: number } | null {
  const p = locationPoint(loc, sites);
  if (!p) return null;
  const site = loc.site === undefined ? undefined : sites.get(loc.site);
  return { lon: p[0], lat: p[1], precisionM: loc.precision_m ?? site?.properties.location_precision_m ?? 0 };
}

export interface IncidentsInput {
  incidents: readonly Incident[];
  sites: ReadonlyMap<string, Site>;
  time: number;
  selectedId?: string | null | undefined;
}

/** What the incidents add to the legend: whether circles and fire lines are drawn. */
export interface IncidentsDrawn {
  /** Circles and fire lines, drawn under every mark; the marks. */
  under: string;
  svg: string;
  types: IncidentType[];
  /** The kind of uncertainty circle drawn (fire's orange ones first), if any. */
  uncertainty: 'fire' | 'position' | null;
  fireLine: boolean;
  dense: boolean;
}

export function incidentsSvg({ incidents, sites, time, selectedId }: IncidentsInput, picture: Picture): IncidentsDrawn {
  if (incidents.length > DENSE_AT) return denseSvg({ incidents, sites, time }, picture);
  const { projection } = picture;
  let under = '';
  let marks = '';
  let uncertainty: IncidentsDrawn['uncertainty'] = null;
  let fireLine = false;
  const placed: { incident: Incident; x: number; y: number }[] = [];
  for (const incident of incidents) {
    const where = locate(incident.location, sites);
    if (!where) continue;
    const [x, y] = projection.point(where.lon, where.lat);
    const fire = isFire(picture.vocabulary, incident.type);
    if (where.precisionM > 0 && (fire || incident.id === selectedId)) {
      if (uncertainty !== 'fire') uncertainty = fire ? 'fire' : 'position';
      const r = where.precisionM / projection.metresPerPixel(where.lat);
      under += tag('circle', {
        cx: x, cy: y, r, fill: fire ? '#d55e00' : '#777777', 'fill-opacity': fire ? 0.1 : 0.06,
        stroke: fire ? '#d55e00' : '#444444', 'stroke-width': 1.2, 'stroke-dasharray': '3 4', 'data-uncertainty': incident.id,
      });
    }
    const from = incident.origin ? locate(incident.origin, sites) : null;
    if (from) {
      fireLine = true;
      const [fx, fy] = projection.point(from.lon, from.lat);
      under += tag('path', {
        d: `M${num(fx)} ${num(fy)}L${num(x)} ${num(y)}`, fill: 'none', stroke: '#d55e00', 'stroke-width': 2.5,
        'stroke-dasharray': '6 5', 'stroke-linecap': 'round', 'data-fire-line': incident.id,
      });
    }
    placed.push({ incident, x, y });
  }
  // Site marks stay put; incident marks move aside from them and from each other.
  const obstacles = [...sites.values()].filter(hasSiteMark).map((s) => {
    const [lon, lat] = siteCentre(s);
    const [x, y] = projection.point(lon as number, lat as number);
    return { x, y };
  });
  const offsets = placeMarkers(placed.map(({ incident, x, y }) => ({ id: incident.id, x, y })), ICON_SIZE, obstacles);
  const types = new Set<IncidentType>();
  for (const { incident, x, y } of placed) {
    const [dx, dy] = offsets.get(incident.id) ?? [0, 0];
    const cx = x + dx;
    const cy = y + dy;
    types.add(incident.type);
    const selected = incident.id === selectedId;
    const size = selected ? ICON_SIZE * 1.25 : ICON_SIZE;
    if (selected) marks += tag('circle', { cx, cy, r: size / 2 + 2, fill: 'none', stroke: '#0b5cad', 'stroke-width': 3, 'data-selected': incident.id });
    const fade = fadeFor(time - Date.parse(incident.start));
    marks += tag('use', {
      href: `#${glyphId(incident.type)}`,
      transform: `translate(${num(cx - size / 2)} ${num(cy - size / 2)}) scale(${num(size / 24, 4)})`,
      opacity: fade < 1 ? fade : undefined, 'data-incident': incident.id,
    });
  }
  return { under: `<g class="incident-extras">${under}</g>`, svg: `<g class="incidents">${marks}</g>`, types: sortTypes(types, picture.vocabulary), uncertainty, fireLine, dense: false };
}

/** Types in the legend's order: by layer, as the vocabulary lists them. */
export function sortTypes(types: ReadonlySet<IncidentType>, vocabulary: Vocabulary): IncidentType[] {
  return typesByLayer(vocabulary).filter((t) => types.has(t));
}

/** Where a layer's shape is drawn, and how (the dense mode's and the legend's marks). */
export interface LayerShapeAt {
  type: IncidentType;
  vocabulary: Vocabulary;
  x: number;
  y: number;
  r: number;
  extra?: Record<string, string | number | undefined>;
}

/** A layer's shape as SVG at x, y. */
export function layerShape({ type, vocabulary, x, y, r, extra = {} }: LayerShapeAt): string {
  const layer = typeLayer(vocabulary, type);
  const paint = { fill: layer?.colour ?? '#1b1b1b', stroke: '#ffffff', 'stroke-width': 0.6, ...extra };
  const shape = layer?.mark ?? 'circle';
  if (shape === 'circle') return tag('circle', { cx: x, cy: y, r, ...paint });
  return tag('path', { d: `${corners(shape, r).map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${num(x + px)} ${num(y + py)}`).join('')}Z`, ...paint });
}

function denseSvg({ incidents, sites, time }: IncidentsInput, picture: Picture): IncidentsDrawn {
  let out = '';
  const types = new Set<IncidentType>();
  const { width, height } = picture;
  for (const incident of incidents) {
    const where = locate(incident.location, sites);
    if (!where) continue;
    const [x, y] = picture.projection.point(where.lon, where.lat);
    types.add(incident.type);
    // Off the picture: nothing to draw (a crowded dataset is mostly elsewhere).
    if (x < -DENSE_RADIUS || y < -DENSE_RADIUS || x > width + DENSE_RADIUS || y > height + DENSE_RADIUS) continue;
    const fade = fadeFor(time - Date.parse(incident.start));
    out += layerShape({ type: incident.type, vocabulary: picture.vocabulary, x, y, r: DENSE_RADIUS, extra: { 'fill-opacity': fade < 1 ? fade : undefined } });
  }
  return { under: '', svg: `<g class="incidents dense">${out}</g>`, types: sortTypes(types, picture.vocabulary), uncertainty: null, fireLine: false, dense: true };
}
