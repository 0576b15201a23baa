// The importer's incidents packed knowing their keys come back equal to what was packed (keys in their
// order, shared parts shared), for every fixture of both codebooks; an incident of another make is refused.
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createCsvImporter } from '../../src/core/import/csv-importer';
import { detectCsvFormat } from '../../src/core/import/detect-csv-format';
import { packIncidents, unpackIncidents } from '../../src/core/packed-incidents';
import type { Incident } from '../../src/core/types';

/** A fixture's incidents as the loader's worker sends them: built by the importer, their original columns apart. */
function importedIncidents(path: string): Incident[] {
  const [header, ...rows] = Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: false }).data;
  const format = detectCsvFormat(header ?? []);
  if (!format || !header) throw new Error(`${path}: not a codebook's file`);
  const importer = createCsvImporter(format, { name: 'invented.csv', header, fieldsApart: true });
  rows.forEach((values, i) => importer.addValues(values, i + 2));
  return importer.takeIncidents().incidents;
}

const FIXTURES = ['acled', 'ucdp'].flatMap((dir) => readdirSync(`tests/fixtures/${dir}`).map((f) => `tests/fixtures/${dir}/${f}`));

/** Keys in their order, all the way down. */
const keysOf = (v: unknown): unknown => (v && typeof v === 'object' ? (Array.isArray(v) ? v.map(keysOf) : Object.entries(v).map(([k, x]) => [k, keysOf(x)])) : v);

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
