// Small geometry helpers shared by the map and the exports. The centroid and the bounding box are
// written out here rather than taken from turf: they run on the first load, where turf's general
// coordinate walkers would cost a kilobyte and a half of the bundle budget for ten lines of work.
import type { Location, Position, Site } from './types';

/** RFC 7946 suggests six decimals (about 10 cm); derived points are rounded to that. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** A site's point: the point itself, its zone's estimated centre, or its polygon's centroid (rounded). */
export function siteCentre(site: Site): Position {
  if (site.geometry.type === 'Point') return site.geometry.coordinates as Position;
  // A derived zone's shape is drawn around its centre; the centre, not the shape, is the data.
  if (site.properties.centre) return site.properties.centre as Position;
  const [lon, lat] = centroid(site.geometry);
  return [round6(lon), round6(lat)];
}

type Polygonal = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** The mean of a polygon's vertices, each ring's closing vertex left out: what turf's `centroid` computes. */
export function centroid(geometry: Polygonal): Position {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  let x = 0;
  let y = 0;
  let n = 0;
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      x += ring[i]?.[0] ?? 0;
      y += ring[i]?.[1] ?? 0;
      n++;
    }
  }
  return [x / n, y / n];
}

/** [west, south, east, north] over every position of the given geometries. */
export function boundingBox(geometries: readonly { coordinates: unknown }[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [lon, lat] = c as number[];
      if (lon === undefined || lat === undefined) return;
      box[0] = Math.min(box[0], lon); box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon); box[3] = Math.max(box[3], lat);
      return;
    }
    for (const inner of c) visit(inner);
  };
  for (const g of geometries) visit(g.coordinates);
  return box;
}

/** Where an incident's location is, or null when its site is unknown. */
export function locationPoint(loc: Location, sites: ReadonlyMap<string, Site>): Position | null {
  if (loc.point) return loc.point as Position;
  const site = loc.site === undefined ? undefined : sites.get(loc.site);
  return site ? siteCentre(site) : null;
}
