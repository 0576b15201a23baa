// Schematic district zones derived from their estimated centres: the Voronoi cells of the centres,
// clipped to the schematic city outline and capped at a reach from each centre beyond the area
// between the centres, with fixed footprints (a compound drawn on its own) cut out.
// Pure and deterministic, so that scripts/derive-zones.ts can rewrite the data and a test can check
// that the data is what it derives.
import { booleanPointInPolygon, circle, convex, difference, featureCollection, intersect, point, polygon, rewind, union, voronoi } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export interface ZoneCentre {
  id: string;
  /** The estimated centre, [lon, lat]: the cell is drawn around it, and it never moves. */
  centre: Position;
}

export interface DeriveZonesOptions {
  centres: readonly ZoneCentre[];
  /** The outline the cells are clipped to. */
  outline: Polygon;
  /** Shapes kept as drawn and cut out of whichever cells they overlap. */
  footprints?: readonly Polygon[];
  /**
   * A line running north to south across the whole outline (a river) that no zone crosses: the
   * centres west of it share out the outline's west side, those east of it the east side.
   */
  divider?: readonly Position[];
  /**
   * How far, in metres, a zone may reach from its centre outside the area between the centres
   * (their convex hull). Between the centres the cells meet without gaps; beyond them an outer
   * district ends in a bounded shape instead of running on to the outline's edge, over places the
   * sources name separately. Unbounded when absent.
   */
  reachMetres?: number;
  /** Decimals kept in the coordinates (the data's files keep five, about a metre). */
  decimals?: number;
}

/** Vertices of the circle that caps a zone's reach: smooth at map zooms, small in the file. */
const REACH_STEPS = 64;

/** Each centre's zone, by id: its Voronoi cell ∩ the outline ∩ its reach − the footprints, rounded. */
export function deriveZones(options: DeriveZonesOptions): Map<string, Polygon> {
  const { centres, outline, divider } = options;
  // The hull of all the centres, both sides of the divider: the inner city, where cells are not capped.
  const between = centres.length >= 3 ? convex(featureCollection(centres.map((c) => point([...c.centre])))) : null;
  if (!divider) return cellsIn({ centres, outline, between }, options);
  const zones = new Map<string, Polygon>();
  for (const side of sidesOf(outline, divider)) {
    const inside = centres.filter((c) => booleanPointInPolygon(c.centre, side));
    for (const [id, zone] of cellsIn({ centres: inside, outline: side, between }, options)) zones.set(id, zone);
  }
  const lost = centres.find((c) => !zones.has(c.id));
  if (lost) throw new Error(`derive-zones: the centre of "${lost.id}" is on neither side of the divider`);
  return new Map(centres.map((c) => [c.id, zones.get(c.id) as Polygon]));
}

/** The outline's parts west and east of a north–south line that crosses it. */
function sidesOf(outline: Polygon, divider: readonly Position[]): Polygon[] {
  const [west, , east] = bounds(outline.coordinates[0] ?? []);
  const first = divider[0] ?? [0, 0];
  const last = divider[divider.length - 1] ?? [0, 0];
  const line = divider.map((p) => [...p]);
  const westSide = polygon([[...line, [west - 1, last[1] ?? 0], [west - 1, first[1] ?? 0], [...first]]]);
  const eastSide = polygon([[...line, [east + 1, last[1] ?? 0], [east + 1, first[1] ?? 0], [...first]]]);
  return [westSide, eastSide].map((side) => {
    const part = intersect(featureCollection([rewind(side) as Feature<Polygon>, polygon(outline.coordinates)]));
    if (part?.geometry.type !== 'Polygon') throw new Error('derive-zones: the divider must cross the outline once, north to south');
    return part.geometry;
  });
}

interface Side {
  centres: readonly ZoneCentre[];
  /** The part of the outline these centres share out. */
  outline: Polygon;
  /** The area between all the centres, where no cell is capped. */
  between: Feature<Polygon> | null;
}

function cellsIn({ centres, outline, between }: Side, { footprints = [], decimals = 5, reachMetres }: DeriveZonesOptions): Map<string, Polygon> {
  if (centres.length === 0) return new Map();
  const ring = outline.coordinates[0] ?? [];
  const lat0 = ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / Math.max(1, ring.length);
  // Cells are drawn in a local equirectangular plane so that their edges are true perpendicular
  // bisectors in metres, not in degrees (a degree of longitude is 0.8 of one of latitude here).
  const k = Math.cos((lat0 * Math.PI) / 180);
  const [west, south, east, north] = bounds([...ring, ...centres.map((c) => c.centre)]);
  const pad = 1;
  const cells = voronoi(
    featureCollection(centres.map((c) => point([(c.centre[0] ?? 0) * k, c.centre[1] ?? 0]))),
    { bbox: [west * k - pad, south - pad, east * k + pad, north + pad] },
  );
  const zones = new Map<string, Polygon>();
  centres.forEach((c, i) => {
    const cell = cells.features[i];
    if (!cell) throw new Error(`derive-zones: no cell for "${c.id}" (is its centre a duplicate?)`);
    const unprojected = polygon(cell.geometry.coordinates.map((r) => r.map(([x = 0, y = 0]) => [x / k, y])));
    let shape: Feature<Polygon | MultiPolygon> | null = intersect(featureCollection([unprojected, polygon(outline.coordinates)]));
    if (shape && reachMetres !== undefined) shape = intersect(featureCollection([shape, reachOf(c.centre, reachMetres, between)]));
    for (const f of footprints) {
      if (shape) shape = difference(featureCollection([shape, polygon(f.coordinates)]));
    }
    if (!shape) throw new Error(`derive-zones: the cell of "${c.id}" lies outside the outline`);
    if (shape.geometry.type !== 'Polygon') {
      throw new Error(`derive-zones: the cell of "${c.id}" falls apart into ${shape.geometry.coordinates.length} pieces`);
    }
    const rounded = roundPolygon(shape.geometry, decimals);
    zones.set(c.id, (rewind(rounded) as Polygon));
  });
  return zones;
}

/** Where a zone may reach: within `metres` of its centre, or anywhere between the centres. */
function reachOf(centre: Position, metres: number, between: Feature<Polygon> | null): Feature<Polygon | MultiPolygon> {
  const disc = circle([...centre], metres, { units: 'meters', steps: REACH_STEPS });
  return (between && union(featureCollection<Polygon>([between, disc]))) || disc;
}

function bounds(points: readonly Position[]): [number, number, number, number] {
  const lons = points.map((p) => p[0] ?? 0);
  const lats = points.map((p) => p[1] ?? 0);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** Rounds every position and drops the repeats that rounding makes (a ring still closes). */
function roundPolygon(geometry: Polygon, decimals: number): Polygon {
  const f = 10 ** decimals;
  const round = (x: number) => Math.round(x * f) / f;
  const coordinates = geometry.coordinates.map((ring) => {
    const out: Position[] = [];
    for (const [lon = 0, lat = 0] of ring) {
      const p = [round(lon), round(lat)];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
  });
  return { type: 'Polygon', coordinates };
}
