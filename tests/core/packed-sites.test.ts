// The importer's places packed knowing their keys come back equal to what was packed (keys in their
// order, the list of sources they share shared), for every fixture of both codebooks; a site of another
// make is refused.
import { describe, expect, it } from 'vitest';
import { packSites, unpackSites } from '../../src/core/packed-sites';
import type { Site } from '../../src/core/types';
import { CODEBOOK_FIXTURES as FIXTURES, importerAfter, keysOf } from '../helpers/import-fixture';

/** A fixture's places, as the importer's bundle gives them. */
const importedSites = (path: string): Site[] => importerAfter(path).finish().bundle?.files.sites.features ?? [];

describe('packSites and unpackSites', () => {
  it.each(FIXTURES)('give back the importer\'s places of %s, keys in their order', (path) => {
    const sites = importedSites(path);
    const packed = packSites(sites);
    expect(packed).not.toBeNull();
    const back = unpackSites(structuredClone(packed!));
    expect(back).toStrictEqual(sites);
    expect(keysOf(back)).toEqual(keysOf(sites));
  });

  it('sends what every place shares once', () => {
    const sites = FIXTURES.map(importedSites).find((s) => s.length > 2) ?? [];
    expect(sites.length).toBeGreaterThan(2);
    const packed = packSites(sites)!;
    expect(packed.own).toHaveLength(2 * sites.length);
    expect(packed.shared).toHaveLength(3);
    const back = unpackSites(packed);
    expect(back[1]?.properties.sources).toBe(back[0]?.properties.sources);
  });

  it('refuses a site with a key more or less, a shape other than a point, or a field of another type', () => {
    const [site] = importedSites('tests/fixtures/acled/iso-dates.csv');
    if (!site) throw new Error('the fixture has no place');
    const { properties, geometry } = site;
    const refused: unknown[] = [
      { ...site, extra: 1 },
      { type: site.type, id: site.id, properties, geometry },
      { ...site, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } },
      { ...site, geometry: { type: 'Point', coordinates: [1, 2, 3] } },
      { ...site, properties: { ...properties, location_precision_m: 5000 } },
      { ...site, properties: { ...properties, name: { en: site.properties.name.en, ar: 'x' } } },
      { ...site, properties: { ...properties, kind: 7 } },
    ];
    for (const r of refused) expect(packSites([site, r as Site])).toBeNull();
    expect(packSites([site])).not.toBeNull();
  });
});
