// Which loader an address gets (app/run-load.ts): a path ending in .csv is a CSV export; one that names
// no format (an export's download link) is whatever its response says it is, CSV by its type or the
// file name it gives, else our format, read from that same response; a failure is reported as before.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importFixture } from '../helpers/import-fixture';
import { isCsvResponse, namesFormat } from '../../src/app/csv-result';
import { runLoad } from '../../src/app/run-load';
import type { CsvLoadResult } from '../../src/app/csv-result';

const acled = readFileSync('tests/fixtures/acled/iso-dates.csv');
/** A dataset of our format in one file (a bundle): the fixture's rows as the command line converts them. */
let bundle = '';
beforeAll(async () => {
  bundle = JSON.stringify((await importFixture('tests/fixtures/acled/iso-dates.csv')).bundle);
});

/** A fetch that answers every address with `body` and `headers`, counting the requests. */
function serve(body: BodyInit, headers: Record<string, string>, status = 200) {
  const fetch = vi.fn(async () => new Response(body, { status, headers }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('runLoad by address', () => {
  it('reads an address that names no format as CSV when its response is text/csv, fetching it once', async () => {
    const fetch = serve(acled, { 'content-type': 'text/csv; charset=utf-8' });
    const result = await runLoad({ kind: 'url', url: 'https://example.org/export?format=csv&id=7' }) as CsvLoadResult;
    expect(result.csv.format).toBe('acled');
    expect(result.dataset?.incidents.length).toBe(result.csv.kept);
    expect(result.dataset?.manifest.title).toMatch(/export$/);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('takes the file name a download gives for itself', async () => {
    serve(acled, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="invented-acled.csv"' });
    const result = await runLoad({ kind: 'url', url: 'https://example.org/download/42' }) as CsvLoadResult;
    expect(result.csv.format).toBe('acled');
    expect(result.dataset?.manifest.title).toBe('ACLED export: invented-acled.csv');
  });

  it('reads any other response to such an address as our format, from the same response', async () => {
    const fetch = serve(bundle, { 'content-type': 'application/json' });
    const result = await runLoad({ kind: 'url', url: 'https://example.org/datasets/qamishlo' });
    expect(result.dataset?.manifest.id).toBe(JSON.parse(bundle).manifest.id);
    expect('csv' in result).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reports an address that could not be read as it did before', async () => {
    serve('gone', { 'content-type': 'text/plain' }, 404);
    const result = await runLoad({ kind: 'url', url: 'https://example.org/datasets/missing' });
    expect(result.dataset).toBeNull();
    expect(result.problems[0]?.message).toMatch(/404/);
  });
});

describe('namesFormat and isCsvResponse', () => {
  it('know an address by its path and a response by its type or file name', () => {
    expect(['data/dataset.json', 'a.CSV?x=1', 'areas.geojson#top'].map(namesFormat)).toEqual([true, true, true]);
    expect(['export?format=csv', 'download/42', 'https://example.org/'].map(namesFormat)).toEqual([false, false, false]);
    const response = (headers: Record<string, string>) => new Response('', { headers });
    expect(isCsvResponse(response({ 'content-type': 'text/csv' }))).toBe(true);
    expect(isCsvResponse(response({ 'content-type': 'application/json', 'content-disposition': 'inline' }))).toBe(false);
    expect(isCsvResponse(response({ 'content-disposition': "attachment; filename*=UTF-8''invented.csv" }))).toBe(true);
    expect(isCsvResponse(response({ 'content-type': 'text/plain' }))).toBe(false);
  });
});
