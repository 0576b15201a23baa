// The importer's incidents packed knowing their keys come back equal to what was packed (keys in their
// order, shared parts shared), for every fixture of both codebooks; an incident of another make is refused.
import { describe, expect, it } from 'vitest';
import { packIncidents, unpackIncidents } from '../../src/core/packed-incidents';
import type { Incident } from '../../src/core/types';
import { CODEBOOK_FIXTURES as FIXTURES, importerAfter, keysOf } from '../helpers/import-fixture';

/** A fixture's incidents as the loader's worker sends them: built by the importer, their original columns apart. */
const importedIncidents = (path: string): Incident[] => importerAfter(path, { fieldsApart: true }).takeIncidents().incidents;

describe('packIncidents and unpackIncidents', () => {
  it.each(FIXTURES)('give back the importer\'s incidents of %s, keys in their order', (path) => {
    const incidents = importedIncidents(path);
    const packed = packIncidents(incidents);
    expect(packed).not.toBeNull();
    const back = unpackIncidents(structuredClone(packed!));
    expect(back).toStrictEqual(incidents);
    expect(keysOf(back)).toEqual(keysOf(incidents));
  });

  it('covers both optional keys, and keeps what incidents shared shared', () => {
    const all = FIXTURES.flatMap(importedIncidents);
    expect(all.some((i) => i.end !== undefined)).toBe(true);
    expect(all.some((i) => i.time_note !== undefined)).toBe(true);
    // Two incidents that had one list of sources (the importer shares them) have one after.
    const pairs = FIXTURES.map(importedIncidents).flatMap((incidents) => incidents.flatMap((x, i) => {
      const j = incidents.findIndex((y, k) => k > i && y.sources === x.sources);
      return j > 0 ? [{ incidents, i, j }] : [];
    }));
    expect(pairs.length).toBeGreaterThan(0);
    for (const { incidents, i, j } of pairs) {
      const back = unpackIncidents(packIncidents(incidents)!);
      expect(back[j]?.sources).toBe(back[i]?.sources);
      expect(back[i]?.sources).not.toBe(incidents[i]?.sources);
    }
    const incidents = importedIncidents('tests/fixtures/acled/iso-dates.csv');
    // Its own texts once each, the shared ones once for all.
    const packed = packIncidents(incidents)!;
    expect(packed.own).toHaveLength(3 * incidents.length);
    expect(packed.shared.filter((s) => s === 'medium')).toHaveLength(1);
  });

  it('packs no incidents as none', () => {
    expect(unpackIncidents(packIncidents([])!)).toEqual([]);
  });

  it('refuses an incident with a key more, a key less, keys in another order or a field of another type', () => {
    const [incident] = importedIncidents('tests/fixtures/acled/iso-dates.csv');
    if (!incident) throw new Error('the fixture has no incident');
    const { title: _title, ...withoutTitle } = incident;
    const { id, type, ...rest } = incident;
    const refused: unknown[] = [
      { ...incident, extra: 'x' },
      withoutTitle,
      { type, id, ...rest },
      { ...incident, title: 7 },
      { ...incident, location: null },
      { ...incident, original: { dataset: 'ACLED', fields: { notes: 'x' } } },
    ];
    // An optional key present but undefined would lose its key.
    const withEmptyEnd: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(incident)) {
      withEmptyEnd[k] = v;
      if (k === 'start') withEmptyEnd.end = undefined;
    }
    refused.push(withEmptyEnd);
    for (const r of refused) expect(packIncidents([incident, r as Incident])).toBeNull();
    expect(packIncidents([incident])).not.toBeNull();
  });
});
