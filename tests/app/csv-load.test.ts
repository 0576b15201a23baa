// The CSV loader the worker and the page share: a byte stream through papaparse into the importer,
// its bundle validated; letters cut between two chunks, bad rows, a foreign header, Cancel.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCsv } from '../../src/app/csv-load';
import { joinIncidents, type IncidentParts } from '../../src/core/incident-parts';
import { attachOriginalFields } from '../../src/core/original-fields';
import type { Incident } from '../../src/core/types';

/** A stream that hands out the bytes in pieces of `size`, as a file or a response arrives. */
function streamOf(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

const fixture = (path: string) => new Uint8Array(readFileSync(path));

describe('loadCsv', () => {
  it('keeps the good rows of an ACLED file, validated, and reports each bad one by row, column and value', async () => {
    const bytes = fixture('tests/fixtures/acled/malformed.csv');
    const progress: number[] = [];
    const result = await loadCsv({ stream: streamOf(bytes, 97), name: 'malformed.csv', total: bytes.length }, { onProgress: (done) => progress.push(done) });
    expect(result.csv).toMatchObject({ format: 'acled', kept: 2, bad: 9 });
    expect(result.dataset?.incidents.map((i) => i.id)).toEqual(['TST7001', 'TST7011']);
    expect(result.csv.problems[0]).toEqual({ row: 3, column: 'event_date', value: '31 April 2016', message: expect.stringMatching(/^is not a date/) });
    expect(result.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(result.problems.find((p) => p.record === 'row 4')).toMatchObject({ field: 'latitude', value: '95', severity: 'warning' });
    expect(progress.at(-1)).toBe(bytes.length);
  });

  it('gives the incidents on in batches, keeping none, and places them in the order of the dataset it makes whole', async () => {
    const bytes = fixture('tests/fixtures/acled/malformed.csv');
    const whole = await loadCsv({ stream: streamOf(bytes, 97), name: 'malformed.csv', total: bytes.length });
    const batches: Incident[][] = [];
    const given = await loadCsv({ stream: streamOf(bytes, 97), name: 'malformed.csv', total: bytes.length }, {
      onIncidents: (batch, originals) => {
        // Sent without their original columns, which come apart (core/original-fields.ts).
        expect(batch.every((i) => i.original !== undefined && !('fields' in i.original))).toBe(true);
        attachOriginalFields(batch, originals);
        batches.push(batch);
      },
    });
    expect(given.dataset?.incidents).toEqual([]);
    expect(given.given).toBeDefined();
    expect({ ...given.dataset, incidents: joinIncidents(given.given as IncidentParts, batches.flat()) }).toEqual(whole.dataset);
    expect(given.problems).toEqual(whole.problems);
    expect(given.csv).toEqual(whole.csv);
  });

  it('reads a letter whose bytes two chunks share', async () => {
    const text = readFileSync('tests/fixtures/acled/iso-dates.csv', 'utf8').replace('Testville', 'Tëstvîllé قامشلو');
    const bytes = new TextEncoder().encode(text);
    // Pieces of 3 bytes cut most two-byte and every three-byte letter somewhere.
    const result = await loadCsv({ stream: streamOf(bytes, 3), name: 'iso-dates.csv', total: bytes.length });
    expect(JSON.stringify(result.dataset?.incidents)).toContain('Tëstvîllé قامشلو');
  });

  it('stops at a header of neither codebook and names its columns', async () => {
    const bytes = new TextEncoder().encode('name,when\nInvented,2016-04-21\n');
    const result = await loadCsv({ stream: streamOf(bytes, 1024), name: 'other.csv', total: bytes.length });
    expect(result.dataset).toBeNull();
    expect(result.csv).toMatchObject({ format: null, header: ['name', 'when'] });
    expect(result.problems[0]?.message).toMatch(/event_id_cnty and event_date.*date_start and where_prec.*header has name, when$/);
  });

  it('rejects with an AbortError when cancelled, whatever it has read', async () => {
    const bytes = fixture('tests/fixtures/ucdp/ged.csv');
    const controller = new AbortController();
    const loading = loadCsv({ stream: streamOf(bytes, 10), name: 'ged.csv', total: bytes.length }, {
      signal: controller.signal,
      onFormat: () => controller.abort(),
    });
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
