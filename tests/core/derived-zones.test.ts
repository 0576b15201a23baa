// The district zones derived from their estimated centres (src/core/derive-zones.ts,
// scripts/derive-zones.ts): each holds its centre, none overlaps another, between the centres they
// tile the city, beyond them they stop at their reach, no zone covers a place the sources name
// apart, and the data file is exactly what the derivation gives.
import { readFileSync } from 'node:fs';
import { area, booleanPointInPolygon, booleanWithin, buffer, circle, convex, difference, featureCollection, intersect, point, polygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { deriveZones } from '../../src/core/derive-zones';
import { REACH_METRES, deriveSites, formatGeoJson } from '../../scripts/derive-zones';

interface Feat { id: string; geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { features: Feat[] };

/** Square metres, from turf's spherical area. */
const areaOf = (g: Polygon) => area(polygon(g.coordinates));

/** Rounding to five decimals (about a metre) moves a shared edge by up to a metre or so. */
const ROUNDING_M = 2;
const widened = (shape: Feature<Polygon | MultiPolygon>, metres = ROUNDING_M) => buffer(shape, metres, { units: 'meters' }) as Feature<Polygon | MultiPolygon>;

/** The largest overlap, in m², between any two of the shapes, each narrowed by the rounding first. */
function largestOverlap(shapes: readonly Polygon[]): number {
  let most = 0;
  const narrowed = shapes.map((s) => widened(polygon(s.coordinates), -ROUNDING_M));
  narrowed.forEach((a, i) => narrowed.slice(i + 1).forEach((b) => {
    const both = intersect(featureCollection([a, b]));
    if (both) most = Math.max(most, area(both));
  }));
  return most;
}


/** m² of `shape` outside `cover`. */
function areaOutside(shape: Feature<Polygon | MultiPolygon>, cover: Feature<Polygon | MultiPolygon>): number {
  const rest = difference(featureCollection([shape, cover]));
  return rest ? area(rest) : 0;
}

describe('deriveZones on an invented example', () => {
  // A 2 × 1 km box near the equator, two centres, a small drawn compound in the east one.
  const outline: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0.018, 0], [0.018, 0.009], [0, 0.009], [0, 0]]] };
  const compound: Polygon = { type: 'Polygon', coordinates: [[[0.014, 0.002], [0.016, 0.002], [0.016, 0.004], [0.014, 0.004], [0.014, 0.002]]] };
  const centres = [{ id: 'west', centre: [0.004, 0.0045] }, { id: 'east', centre: [0.012, 0.0045] }];

  it('splits the outline on the bisector of the centres, with the compound cut out', () => {
    const zones = deriveZones({ centres, outline, footprints: [compound] });
    const west = zones.get('west') as Polygon;
    const east = zones.get('east') as Polygon;
    // The bisector of x = 0.004 and x = 0.012 is x = 0.008: the west zone is the box's west part.
    expect(Math.max(...(west.coordinates[0] ?? []).map((p) => p[0] ?? 0))).toBe(0.008);
    expect(Math.min(...(east.coordinates[0] ?? []).map((p) => p[0] ?? 0))).toBe(0.008);
    expect(east.coordinates).toHaveLength(2); // the compound is a hole in the east zone
    expect(areaOf(west) + areaOf(east) + areaOf(compound)).toBeCloseTo(areaOf(outline), -2);
  });

  it('keeps every zone on its own side of a divider', () => {
    // Without the divider the split would be at x = 0.008; the divider at x = 0.006 overrides it.
    const divider: Position[] = [[0.006, 0.02], [0.006, -0.01]];
    const zones = deriveZones({ centres, outline, divider });
    expect(Math.max(...(zones.get('west')?.coordinates[0] ?? []).map((p) => p[0] ?? 0))).toBe(0.006);
  });

  it('names a centre that no side of the divider holds', () => {
    const divider: Position[] = [[0.006, 0.02], [0.006, -0.01]];
    const outside = [...centres, { id: 'far', centre: [0.5, 0.5] }];
    expect(() => deriveZones({ centres: outside, outline, divider })).toThrow(/"far"/);
  });

  describe('with a reach', () => {
    // A 3.3 × 1 km box and three centres in its west part; 300 m is about 0.0027° here.
    const wide: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0.03, 0], [0.03, 0.009], [0, 0.009], [0, 0]]] };
    const three = [{ id: 'a', centre: [0.004, 0.002] }, { id: 'b', centre: [0.012, 0.002] }, { id: 'c', centre: [0.008, 0.007] }];
    const zones = deriveZones({ centres: three, outline: wide, reachMetres: 300 });
    const holding = (at: Position) => three.filter((c) => booleanPointInPolygon(at, zones.get(c.id) as Polygon)).map((c) => c.id);

    it('still tiles the area between the centres, even more than the reach from any of them', () => {
      // The triangle's middle is about 370 m from the nearest centre.
      expect(holding([0.008, 0.0037])).toHaveLength(1);
    });

    it('leaves the rest of the outline, beyond the reach, to no zone', () => {
      // Without a reach the east centre's cell runs on to the box's east edge, 2 km away.
      expect(deriveZones({ centres: three, outline: wide }).get('b')?.coordinates[0]?.some((p) => p[0] === 0.03)).toBe(true);
      expect(holding([0.02, 0.002])).toEqual([]);
      expect(Math.max(...(zones.get('b')?.coordinates[0] ?? []).map((p) => p[0] ?? 0))).toBeCloseTo(0.012 + 0.0027, 4);
    });
  });
});

describe('the built-in dataset\'s district zones', () => {
  const sites = read('data/sites.geojson');
  const basemap = read('data/basemap.geojson');
  const derived = sites.features.filter((f) => f.properties.centre !== undefined);
  const site = (id: string) => sites.features.find((f) => f.id === id) as Feat;
  const zoneOf = (f: Feat) => f.geometry as Polygon;
  const square = site('security-square').geometry as Polygon;
  const outline = basemap.features.find((f) => f.id === 'city')?.geometry as Polygon;
  const between = convex(featureCollection(derived.map((f) => point(f.properties.centre as Position)))) as Feature<Polygon>;
  const zonesHolding = (at: Position) => derived.filter((f) => booleanPointInPolygon(at, zoneOf(f))).map((f) => f.id);

  it('are the ten districts, each derived and saying how', () => {
    expect(derived.map((f) => f.id)).toHaveLength(10);
    for (const f of derived) {
      expect(f.properties.kind).toBe('district');
      expect(f.properties.geometry_precision).toBe('schematic');
      expect(f.properties.note, f.id).toMatch(/Voronoi cell of the estimated centres/);
      expect(f.properties.note, f.id).toContain(`capped at ${REACH_METRES} m from the centre`);
    }
  });

  it('each hold their estimated centre', () => {
    for (const f of derived) {
      expect(booleanPointInPolygon(f.properties.centre as Position, zoneOf(f)), f.id).toBe(true);
    }
  });

  // Rounding can leave slivers of a hundred m² along a kilometre of shared edge, less than a metre
  // wide: narrowed by two metres, the zones must not touch at all.
  it('do not overlap one another or the security square', () => {
    expect(largestOverlap([...derived.map(zoneOf), square])).toBe(0);
  });

  it('tile the city between the estimated centres, with the security square, in one piece without holes', () => {
    // Each shape widened by the rounding, so that a rounding sliver along a shared edge is no gap.
    const all = union(featureCollection([...derived.map(zoneOf), square].map((s) => widened(polygon(s.coordinates)))));
    expect(all?.geometry.type).toBe('Polygon');
    expect(all?.geometry.coordinates).toHaveLength(1);
    const inner = intersect(featureCollection([between, polygon(outline.coordinates)])) as Feature<Polygon>;
    expect(areaOutside(inner, all as Feature<Polygon>)).toBeLessThan(1);
  });

  it(`reach no more than ${REACH_METRES} m from their centre outside the area between the centres`, () => {
    for (const f of derived) {
      const reach = union(featureCollection<Polygon>([between, circle(f.properties.centre as Position, REACH_METRES, { units: 'meters', steps: 64 })]));
      expect(areaOutside(polygon(zoneOf(f).coordinates), widened(reach as Feature<Polygon>)), f.id).toBeLessThan(1);
    }
  });

  // A city of Qamishli's size has tens of districts; the uncapped Voronoi cells of the outer
  // districts were 4–8 km², several districts' worth. A 900 m disc is 2.54 km².
  it('are each under 3 km²', () => {
    for (const f of derived) expect(areaOf(zoneOf(f)) / 1e6, f.id).toBeLessThan(3);
  });

  // Every place the sites, the basemap or a zone's note puts somewhere, and the zone (if any) it
  // belongs to. Left out, as no source places them: the bakery (its point is the city-list
  // coordinate, a placeholder), the incidents' "whole city" and "between them" points, the National
  // Hospital (south of the Corniche, like Halko), and Antariya, Munir Habib, Bashiriya, al-Gharbiya
  // and Jumaaya (no position found); the country and Nusaybin labels lie outside the outline.
  describe.each([
    { place: 'qamishli-airport', why: 'exact; south of the Corniche, with Halko (xeber24), and outside the city', zone: [] },
    { place: 'fawj-tartab', why: '"south of Qamishli"', zone: [] },
    { place: 'nusaybin-crossing', why: 'the north end of the security square', zone: [] },
    { place: 'military-intelligence-hq', why: 'near the security square, and drawn inside it', zone: [] },
    { place: 'sab-bahrat-checkpoint', why: 'a placeholder for "central", which its note puts in al-Wusta', zone: ['al-wusta'] },
  ])('$place ($why)', ({ place, zone }) => {
    it(`lies in ${zone.length ? zone.join(', ') : 'no district\'s zone'}`, () => {
      expect(zonesHolding(site(place).geometry.coordinates as Position)).toEqual(zone);
    });
  });

  it('hold Allaya prison\'s square inside the Allaya zone, as the prison\'s note says', () => {
    const prison = polygon((site('allaya-prison').geometry as Polygon).coordinates);
    expect(derived.filter((f) => booleanWithin(prison, polygon(zoneOf(f).coordinates))).map((f) => f.id)).toEqual(['allaya']);
  });

  it('leave the land west of the Corniche, where xeber24 puts Golan and Berkila, to no district', () => {
    // Walk west along the Corniche centre's parallel, 20 m at a time, to the outline's edge: past
    // the Corniche's own zone, no zone at all.
    const [lon = 0, lat = 0] = site('corniche').properties.centre as Position;
    const west = Math.min(...(outline.coordinates[0] ?? []).map((p) => p[0] ?? 0));
    const step = 20 / (111_320 * Math.cos((lat * Math.PI) / 180));
    const walk: Position[] = [];
    for (let x = lon; x > west; x -= step) if (booleanPointInPolygon([x, lat], outline)) walk.push([x, lat]);
    const past = walk.findIndex((p) => !zonesHolding(p).includes('corniche'));
    expect(past).toBeGreaterThan(0);
    const beyond = walk.slice(past);
    expect(beyond.length * 20).toBeGreaterThan(500); // the walk does cross open land
    expect(beyond.filter((p) => zonesHolding(p).length > 0)).toEqual([]);
  });

  it('are what the derivation gives: running scripts/derive-zones.ts on the file changes nothing', () => {
    expect(formatGeoJson(deriveSites(sites, basemap))).toBe(readFileSync('data/sites.geojson', 'utf8'));
  });
});
