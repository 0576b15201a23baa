// GeoJSON ↔ Leaflet coordinate helpers, and where sites and incidents sit on the map.
import type { LatLngExpression, LatLngTuple } from 'leaflet';
import { locationPoint, siteCentre } from '../core/geo';
import type { Location, Position, Site } from '../core/types';

export const toLatLng = ([lon, lat]: readonly number[]): LatLngTuple => [lat as number, lon as number];

/** Leaflet's nested lat-lng arrays for a polygon or multipolygon's rings. */
export function polygonLatLngs(site: Site): LatLngExpression[][] | LatLngExpression[][][] {
  const g = site.geometry;
  if (g.type === 'Polygon') return g.coordinates.map((ring) => ring.map(toLatLng));
  if (g.type === 'MultiPolygon') return g.coordinates.map((poly) => poly.map((ring) => ring.map(toLatLng)));
  return [];
}

/** The point where a site's marker goes: the point itself, or the polygon's centroid. */
export const sitePosition = siteCentre;

/** Each polygon's outer ring drawn toward `centre` by `scale`: a band or outline just inside the area's edge (areas are near enough convex for it to stay inside). */
export function insetRings(site: Site, [cx, cy]: readonly number[], scale: number): LatLngTuple[][] {
  const g = site.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polygons.flatMap((rings) => rings.slice(0, 1)).map((ring) => ring.map(([x, y]) =>
    toLatLng([(cx as number) + ((x as number) - (cx as number)) * scale, (cy as number) + ((y as number) - (cy as number)) * scale])));
}

/** Where a location is on the map, and how uncertain it is in metres. */
export function locate(loc: Location, sites: Map<string, Site>): { position: Position; precisionM: number } | null {
  const position = locationPoint(loc, sites);
  if (!position) return null;
  const site = loc.site === undefined ? undefined : sites.get(loc.site);
  return { position, precisionM: loc.precision_m ?? site?.properties.location_precision_m ?? 0 };
}
