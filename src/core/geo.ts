// Small geometry helpers shared by the exports.
import { centroid } from '@turf/turf';
import type { Location, Position, Site } from './types';

/** RFC 7946 suggests six decimals (about 10 cm); derived points are rounded to that. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** A site's point: the point itself, or its polygon's centroid (rounded). */
export function siteCentre(site: Site): Position {
  if (site.geometry.type === 'Point') return site.geometry.coordinates as Position;
  const [lon, lat] = centroid(site).geometry.coordinates as Position;
  return [round6(lon), round6(lat)];
}

/** Where an incident's location is, or null when its site is unknown. */
export function locationPoint(loc: Location, sites: ReadonlyMap<string, Site>): Position | null {
  if (loc.point) return loc.point as Position;
  const site = loc.site === undefined ? undefined : sites.get(loc.site);
  return site ? siteCentre(site) : null;
}
