// The district zones derived from their estimated centres (src/core/derive-zones.ts,
// scripts/derive-zones.ts): each holds its centre, none overlaps another, together they fill the
// outline, and the data file is exactly what the derivation gives.
import { readFileSync } from 'node:fs';
import { area, booleanPointInPolygon, featureCollection, intersect, polygon, union } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { deriveZones } from '../../src/core/derive-zones';
import { deriveSites, formatGeoJson } from '../../scripts/derive-zones';

interface Feature { id: string; geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { features: Feature[] };

/** Square metres, from turf's spherical area. */
const areaOf = (g: Polygon) => area(polygon(g.coordinates));

/** The largest overlap, in m², between any two of the shapes. */
function largestOverlap(shapes: readonly Polygon[]): number {
  let most = 0;
  shapes.forEach((a, i) => shapes.slice(i + 1).forEach((b) => {
    const both = intersect(featureCollection([polygon(a.coordinates), polygon(b.coordinates)]));
    if (both) most = Math.max(most, area(both));
  }));
  return most;
}

const unionArea = (shapes: readonly Polygon[]) => {
  const all = union(featureCollection(shapes.map((s) => polygon(s.coordinates))));
  return all ? area(all) : 0;
};

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
});

describe('the built-in dataset\'s district zones', () => {
  const sites = read('data/sites.geojson');
  const basemap = read('data/basemap.geojson');
  const derived = sites.features.filter((f) => f.properties.centre !== undefined);
  const square = sites.features.find((f) => f.id === 'security-square')?.geometry as Polygon;
  const outline = basemap.features.find((f) => f.id === 'city')?.geometry as Polygon;

  it('are the ten districts, each derived and saying so', () => {
    expect(derived.map((f) => f.id)).toHaveLength(10);
    for (const f of derived) {
      expect(f.properties.kind).toBe('district');
      expect(f.properties.geometry_precision).toBe('schematic');
      expect(f.properties.note).toMatch(/Voronoi cell/);
    }
  });

  it('each hold their estimated centre', () => {
    for (const f of derived) {
      expect(booleanPointInPolygon(f.properties.centre as Position, f.geometry as Polygon), f.id).toBe(true);
    }
  });

  // Rounding to five decimals (about a metre) can leave slivers of tens of m² along a shared edge;
  // a real overlap between zones a kilometre across would be thousands.
  it('do not overlap one another or the security square', () => {
    expect(largestOverlap([...derived.map((f) => f.geometry as Polygon), square])).toBeLessThan(100);
  });

  it('fill the city outline together with the security square', () => {
    const covered = unionArea([...derived.map((f) => f.geometry as Polygon), square]);
    expect(Math.abs(covered - areaOf(outline)) / areaOf(outline)).toBeLessThan(1e-4);
  });

  it('leave the airport and the points outside the city to no district', () => {
    for (const id of ['qamishli-airport', 'fawj-tartab']) {
      const at = sites.features.find((f) => f.id === id)?.geometry.coordinates as Position;
      expect(derived.filter((f) => booleanPointInPolygon(at, f.geometry as Polygon)).map((f) => f.id), id).toEqual([]);
    }
  });

  it('are what the derivation gives: running scripts/derive-zones.ts on the file changes nothing', () => {
    expect(formatGeoJson(deriveSites(sites, basemap))).toBe(readFileSync('data/sites.geojson', 'utf8'));
  });
});
