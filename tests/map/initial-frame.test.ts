import { describe, expect, it } from 'vitest';
import { VaguestAtSites } from '../../src/core/initial-frame';
import { frameMinZoom, initialFrame } from '../../src/map/initial-frame';
import type { BasemapFeature, Incident, Site } from '../../src/core/types';

const site = (id: string, at: [number, number], precisionM?: number): Site => ({
  type: 'Feature', id, geometry: { type: 'Point', coordinates: at },
  properties: { name: { en: id }, kind: 'landmark', geometry_precision: 'approximate', location_precision_m: precisionM, sources: ['s'] },
});
const river: BasemapFeature = {
  type: 'Feature', id: 'river', geometry: { type: 'LineString', coordinates: [[41.1, 37.0], [41.3, 37.1]] },
  properties: { kind: 'river', geometry_precision: 'schematic' },
};

/** An invented incident at a point, or at a site. */
const incident = (id: string, location: Incident['location']): Incident => ({
  id, type: 'clash', title: id, summary: id, start: '2021-03-01T10:00+03:00', time_precision: 'hour',
  location, actors: [], casualties: [], confidence: 'low', sources: ['s'],
});

describe('what the map frames first', () => {
  it('frames the sites placed to within a kilometre, leaving vaguer ones out', () => {
    expect(initialFrame({ sites: [site('a', [41.2, 37.0]), site('b', [41.3, 37.1], 500), site('far', [45, 40], 5000)], basemap: [river], incidents: [] }))
      .toEqual([41.2, 37.0, 41.3, 37.1]);
  });

  it('frames every site when none is precise, with the whole circle about each', () => {
    const [w, s, e, n] = initialFrame({ sites: [site('a', [41.2, 37.0], 5000), site('b', [41.4, 37.2], 3000)], basemap: [river], incidents: [] });
    // 5 km of latitude is 5000 / 111,320 degrees; of longitude, that over the cosine of the latitude.
    expect(w).toBeCloseTo(41.2 - 5000 / 111_320 / Math.cos(37 * Math.PI / 180), 9);
    expect(s).toBeCloseTo(37.0 - 5000 / 111_320, 9);
    expect(e).toBeCloseTo(41.4 + 3000 / 111_320 / Math.cos(37.2 * Math.PI / 180), 9);
    expect(n).toBeCloseTo(37.2 + 3000 / 111_320, 9);
  });

  it('takes a site without a precision of its own as precise as the vaguest incident placed there (an import\'s places)', () => {
    const town = site('town', [41.2, 37.0]);
    const district = site('district', [41.6, 37.3]);
    const at = (id: string, where: string, precisionM: number) => incident(id, { site: where, precision_m: precisionM });
    // The district's events are known only to 25 km: the town frames the map.
    const [w, s, e, n] = initialFrame({ sites: [town, district], basemap: [], incidents: [at('t', 'town', 1000), at('d', 'district', 25_000)] });
    expect((w + e) / 2).toBeCloseTo(41.2, 9);
    expect((s + n) / 2).toBeCloseTo(37.0, 9);
    // Alone, the district is framed with its 25 km circle, not two kilometres about its centre.
    const alone = initialFrame({ sites: [district], basemap: [], incidents: [at('d', 'district', 25_000)] });
    expect(alone[3] - alone[1]).toBeCloseTo(2 * 25_000 / 111_320, 9);
  });

  it('reads the places\' spread worked out as the incidents came, for exactly that list, and works it out itself for another', () => {
    const sites = [site('town', [41.2, 37.0]), site('district', [41.6, 37.3])];
    const at = (id: string, where: string, precisionM: number) => incident(id, { site: where, precision_m: precisionM });
    const incidents = [at('t', 'town', 1000), at('d', 'district', 25_000), at('d2', 'district', 5000)];
    const worked = new VaguestAtSites();
    worked.add(incidents.slice(0, 2));
    worked.add(incidents.slice(2));
    expect([...worked.bySite]).toEqual([['town', 1000], ['district', 25_000]]);
    worked.workedOutFor(incidents);
    const frame = initialFrame({ sites, basemap: [], incidents });
    expect(frame).toEqual(initialFrame({ sites, basemap: [], incidents: [...incidents] }));
    // What is read is what was worked out: given for the list, a different answer shows it is read.
    const told = new VaguestAtSites();
    told.add([at('t', 'town', 50_000)]);
    told.workedOutFor(incidents);
    expect(initialFrame({ sites, basemap: [], incidents })).not.toEqual(frame);
  });

  it('keeps a site\'s own precision over its incidents\'', () => {
    const square = site('square', [41.2, 37.0], 500);
    expect(initialFrame({ sites: [square, site('b', [41.3, 37.1])], basemap: [], incidents: [incident('i', { site: 'square', precision_m: 3000 })] }))
      .toEqual([41.2, 37.0, 41.3, 37.1]);
  });

  it('frames the basemap when no site could be loaded', () => {
    expect(initialFrame({ sites: [], basemap: [river], incidents: [incident('far', { point: [30, 30] })] })).toEqual([41.1, 37.0, 41.3, 37.1]);
  });

  it('says why when there is nothing to place at all', () => {
    expect(() => initialFrame({ sites: [], basemap: [], incidents: [incident('at-a-site', { site: 'gone' })] })).toThrow(/nothing to place on the map/);
  });

  it('frames the incidents\' points, each with its circle, when the dataset has no sites and no basemap (incidents only)', () => {
    const incidents = [incident('west', { point: [36.7, 36.2] }), incident('at-a-site', { site: 'gone' }), incident('east', { point: [43.6, 33.4], precision_m: 5000 })];
    const [w, s, e, n] = initialFrame({ sites: [], basemap: [], incidents });
    expect([w, n]).toEqual([36.7, 36.2]);
    expect(s).toBeCloseTo(33.4 - 5000 / 111_320, 9);
    expect(e).toBeCloseTo(43.6 + 5000 / 111_320 / Math.cos(33.4 * Math.PI / 180), 9);
  });
});

describe('the least zoom a frame allows', () => {
  it('is 10 for a city', () => {
    expect(frameMinZoom([41.18, 37.0, 41.3, 37.1])).toBe(10);
  });

  it('is lower for a country, so that all of it fits on the map', () => {
    // 7 degrees wide: at zoom 5 the whole frame is 256 × 2⁵ × 7 / 360 ≈ 159 pixels wide.
    expect(frameMinZoom([36.7, 33.4, 43.7, 36.2])).toBe(5);
    expect(frameMinZoom([-10, 35, 30, 60])).toBe(3);
  });

  it('is 10 for a single point', () => {
    expect(frameMinZoom([41.2, 37.0, 41.2, 37.0])).toBe(10);
  });
});

describe('a first frame of one place', () => {
  it('spans two kilometres each way about the place, not a few metres', () => {
    const [w, s, e, n] = initialFrame({ sites: [], basemap: [], incidents: [incident('one', { point: [41.2, 37.0] })] });
    // Centred on the point; 2 km of latitude is about 0.018°, and of longitude at 37° N about 0.0225°.
    expect((w + e) / 2).toBeCloseTo(41.2, 9);
    expect((s + n) / 2).toBeCloseTo(37.0, 9);
    expect(n - s).toBeCloseTo(2000 / 111_320, 6);
    expect(e - w).toBeCloseTo(2000 / 111_320 / Math.cos(37 * Math.PI / 180), 6);
  });

  it('widens only the narrow side of a frame, and leaves a wider frame as it is', () => {
    const [w, s, e, n] = initialFrame({ sites: [site('a', [41.1, 37.0]), site('b', [41.3, 37.0])], basemap: [], incidents: [] });
    expect([w, e]).toEqual([41.1, 41.3]);
    expect(n - s).toBeCloseTo(2000 / 111_320, 6);
    expect(initialFrame({ sites: [site('a', [41.2, 37.0]), site('b', [41.3, 37.1])], basemap: [], incidents: [] })).toEqual([41.2, 37.0, 41.3, 37.1]);
  });
});
