import { describe, expect, it } from 'vitest';
import { initialFrame } from '../../src/map/initial-frame';
import type { BasemapFeature, Site } from '../../src/core/types';

const site = (id: string, at: [number, number], precisionM?: number): Site => ({
  type: 'Feature', id, geometry: { type: 'Point', coordinates: at },
  properties: { name: { en: id }, kind: 'landmark', geometry_precision: 'approximate', location_precision_m: precisionM, sources: ['s'] },
});
const river: BasemapFeature = {
  type: 'Feature', id: 'river', geometry: { type: 'LineString', coordinates: [[41.1, 37.0], [41.3, 37.1]] },
  properties: { kind: 'river', geometry_precision: 'schematic' },
};

describe('what the map frames first', () => {
  it('frames the sites placed to within a kilometre, leaving vaguer ones out', () => {
    expect(initialFrame({ sites: [site('a', [41.2, 37.0]), site('b', [41.3, 37.1], 500), site('far', [45, 40], 5000)], basemap: [river] }))
      .toEqual([41.2, 37.0, 41.3, 37.1]);
  });

  it('frames every site when none is precise', () => {
    expect(initialFrame({ sites: [site('a', [41.2, 37.0], 5000), site('b', [41.4, 37.2], 3000)], basemap: [river] })).toEqual([41.2, 37.0, 41.4, 37.2]);
  });

  it('frames the basemap when no site could be loaded', () => {
    expect(initialFrame({ sites: [], basemap: [river] })).toEqual([41.1, 37.0, 41.3, 37.1]);
  });

  it('says why when there is nothing to place at all', () => {
    expect(() => initialFrame({ sites: [], basemap: [] })).toThrow(/nothing to place on the map/);
  });
});
