// Areas filled by who holds them at the view's time, as the map's areas layer draws them
// (src/map/areas-layer.ts): hatched when contested, dashed where the shape is schematic or
// approximate, a thick outline where the area changed hands lately; and their names.
import type { AreaState } from '../control';
import { siteCentre } from '../geo';
import { nameIn } from '../names';
import type { Actor, Site } from '../types';
import type { Picture } from './picture';
import { pathData, polygonRings } from './svg-path';
import { tag, xml } from './svg-text';
import { textWidth } from './text-width';
import { hasAreaLabel } from '../area-label';

/** The id of the hatch pattern of an actor's colour (ids are content-derived and start with the picture's prefix). */
export const hatchId = (actorId: string) => `pv-hatch-${actorId}`;

/** The hatch patterns of the given actors, as the map's (src/map/patterns.ts). */
export function hatchPatterns(actors: readonly Actor[]): string {
  return actors.map((a) => tag('pattern', { id: hatchId(a.id), patternUnits: 'userSpaceOnUse', width: 8, height: 8, patternTransform: 'rotate(45)' },
    tag('rect', { width: 8, height: 8, fill: '#ffffff', 'fill-opacity': 0.55 }) + tag('rect', { width: 4, height: 8, fill: a.colour }))).join('');
}

/** Whether a site is drawn as an area (a polygon with a control record). */
export const isArea = (site: Site, tracked: ReadonlySet<string>): boolean => site.geometry.type !== 'Point' && tracked.has(site.id);

/** The fill and outline of an area: the map's areaStyle. */
export function areaPaint(state: AreaState | undefined, actor: Actor | undefined, { recent, visible, drawn }: { recent: boolean; visible: boolean; drawn: boolean }): Record<string, string | number> {
  if (!visible || !state) return { fill: 'none', stroke: '#666666', 'stroke-width': 1, 'stroke-dasharray': '3 3', 'stroke-opacity': 0.6 };
  return {
    fill: state.contested ? `url(#${hatchId(state.controller)})` : actor?.colour ?? '#999999',
    'fill-opacity': state.contested ? 0.85 : 0.42,
    stroke: recent ? '#111111' : '#3a3a3a',
    'stroke-width': recent ? 3.5 : 1.2,
    'stroke-opacity': recent ? 1 : 0.8,
    // Schematic and approximate outlines are dashed: they are zones, not surveyed boundaries.
    ...(!recent && drawn ? { 'stroke-dasharray': '4 3' } : {}),
  };
}

export interface AreasInput {
  sites: readonly Site[];
  states: ReadonlyMap<string, AreaState>;
  actors: ReadonlyMap<string, Actor>;
  recent: ReadonlySet<string>;
  visible: boolean;
}

export function areasSvg({ sites, states, actors, recent, visible }: AreasInput, picture: Picture): string {
  let out = '';
  const tracked = new Set(states.keys());
  for (const site of sites) {
    if (!isArea(site, tracked)) continue;
    const state = states.get(site.id);
    const d = pathData(polygonRings(site.geometry), picture.projection, true);
    const paint = areaPaint(state, state ? actors.get(state.controller) : undefined, {
      recent: recent.has(site.id), visible, drawn: site.properties.geometry_precision !== 'exact',
    });
    out += tag('path', {
      d, ...paint, 'fill-rule': 'evenodd', 'stroke-linejoin': 'round', 'stroke-linecap': 'round',
      'data-site': site.id, 'data-controller': visible ? state?.controller : undefined, 'data-contested': visible && state?.contested ? 'true' : undefined,
    });
  }
  return `<g class="areas">${out}</g>`;
}

/** An area narrower than this on screen gets no name, as on the map. */
const MIN_LABEL_WIDTH_PX = 36;

/** The area's name as its label shows it: English names without their parenthesis, as the map. */
export function areaLabelText(site: Site, picture: Picture): { text: string; lang: string } {
  const shown = nameIn(site.properties.name, picture.lang);
  return { text: shown.lang === 'en' ? site.properties.name.en.replace(/\s*\(.*\)\s*$/, '') || shown.text : shown.text, lang: shown.lang };
}

/** The names of the areas, at their centres, where the area is wide enough on screen for the name. */
export function areaLabelsSvg(sites: readonly Site[], tracked: ReadonlySet<string>, picture: Picture): string {
  let out = '';
  const size = 11 * picture.unit;
  for (const site of sites) {
    if (!isArea(site, tracked) || !hasAreaLabel(site)) continue;
    const xs = polygonRings(site.geometry).flat().map((p) => picture.projection.point(p[0] as number, p[1] as number)[0]);
    const wide = Math.max(...xs) - Math.min(...xs);
    const { text, lang } = areaLabelText(site, picture);
    if (wide < MIN_LABEL_WIDTH_PX || textWidth(text, size, true) > wide * 1.5) continue;
    const [lon, lat] = siteCentre(site);
    const [x, y] = picture.projection.point(lon as number, lat as number);
    out += tag('text', {
      x, y, dy: '0.35em', 'text-anchor': 'middle', 'font-size': size, 'font-weight': 700, fill: '#222222',
      stroke: '#ffffff', 'stroke-width': 3 * picture.unit, 'stroke-linejoin': 'round', 'paint-order': 'stroke',
      ...(lang === 'ar' ? { direction: 'rtl' } : {}), 'xml:lang': lang, 'data-label': site.id,
    }, xml(text));
  }
  return `<g class="area-labels">${out}</g>`;
}
