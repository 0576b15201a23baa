import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../helpers/properties';
import { bbox, centroid as turfCentroid } from '@turf/turf';
import { boundingBox, centroid, siteCentre } from '../../src/core/geo';
import type { Position, Site } from '../../src/core/types';

// A closed ring of 3–12 vertices around a centre.
const ring = fc.tuple(fc.double({ min: -170, max: 170, noNaN: true }), fc.double({ min: -80, max: 80, noNaN: true }),
  fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })), { minLength: 3, maxLength: 12 }))
  .map(([x, y, offsets]) => {
    const points = offsets.map(([dx, dy]) => [x + dx, y + dy]);
    return [...points, points[0] as number[]];
  });

describe('the centroid and bounding box written for the first load', () => {
  it('gives exactly what turf gives, for polygons with holes and multipolygons', () => {
    fc.assert(fc.property(fc.array(ring, { minLength: 1, maxLength: 3 }), fc.array(ring, { minLength: 1, maxLength: 2 }), (rings, second) => {
      const polygon = { type: 'Polygon' as const, coordinates: rings };
      const multi = { type: 'MultiPolygon' as const, coordinates: [rings, second] };
      expect(centroid(polygon)).toEqual(turfCentroid(polygon).geometry.coordinates);
      expect(centroid(multi)).toEqual(turfCentroid(multi).geometry.coordinates);
      expect(boundingBox([polygon, multi])).toEqual(bbox({ type: 'GeometryCollection', geometries: [polygon, multi] }));
    }), { numRuns: runs(300) });
  });
});

describe('a site\'s point', () => {
  // An invented square zone whose estimated centre is off the middle of its vertices.
  const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]] as Position[]] };
  const site = (centre?: Position): Site => ({
    type: 'Feature', id: 'invented-zone', geometry: square,
    properties: { name: { en: 'Invented zone' }, kind: 'district', geometry_precision: 'schematic', sources: [], ...(centre ? { centre } : {}) },
  });

  it('is the zone\'s estimated centre where the record gives one, not the middle of its shape', () => {
    expect(siteCentre(site([0.5, 1.5]))).toEqual([0.5, 1.5]);
  });

  it('is the mean of the vertices where it gives none', () => {
    expect(siteCentre(site())).toEqual([1, 1]);
  });
});
