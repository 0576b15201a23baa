// Site marks (prison, airport, bakery, checkpoints…) with their kind's glyph, as the map's sites
// layer draws them (src/map/sites-layer.ts); a site held as a point is ringed in its holder's colour.
import type { AreaState } from '../control';
import { siteCentre } from '../geo';
import { siteGlyph } from '../../marks/icons';
import type { Actor, Site } from '../types';
import type { Picture } from './picture';
import { num, tag } from './svg-text';

/** Kinds drawn as areas with labels only; every other kind gets a mark (sites-layer.ts). */
const AREA_ONLY = new Set(['district', 'security_zone', 'city']);
export const hasSiteMark = (site: Site): boolean => !AREA_ONLY.has(site.properties.kind);

export const SITE_MARK_SIZE = 26;

export function sitesSvg({ sites, states, actors }: {
  sites: readonly Site[]; states: ReadonlyMap<string, AreaState>; actors: ReadonlyMap<string, Actor>;
}, picture: Picture): string {
  let out = '';
  for (const site of sites) {
    if (!hasSiteMark(site)) continue;
    const state = states.get(site.id);
    const ring = site.geometry.type === 'Point' && state ? actors.get(state.controller)?.colour : undefined;
    const [lon, lat] = siteCentre(site);
    const [x, y] = picture.projection.point(lon as number, lat as number);
    const half = SITE_MARK_SIZE / 2;
    out += tag('g', {
      transform: `translate(${num(x - half)} ${num(y - half)}) scale(${num(SITE_MARK_SIZE / 24, 4)})`,
      opacity: site.properties.geometry_precision === 'approximate' ? 0.95 : undefined,
      'data-site-mark': site.id, 'data-controller': ring ? state?.controller : undefined,
    }, siteGlyph(site.properties.kind, ring));
  }
  return `<g class="sites">${out}</g>`;
}
