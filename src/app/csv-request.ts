// A CSV load request (a chosen or dropped file, a ?data= address ending in .csv, or one whose response
// says it is CSV) as a stream for the CSV loader: the file is read in pieces, never as one text on the page.
import { loadCsv, type CsvLoadOptions } from './csv-load';
import { givenName, type CsvLoadResult } from './csv-result';
import type { LoadRequest } from './load-messages';

const nameOf = (url: string) => decodeURIComponent(new URL(url, 'http://x/').pathname.split('/').pop() ?? '') || 'data.csv';

export async function loadCsvRequest(request: Extract<LoadRequest, { kind: 'csv' | 'url' }>, options: CsvLoadOptions): Promise<CsvLoadResult> {
  if (request.kind === 'csv') return loadCsv({ stream: request.file.stream(), name: request.file.name, total: request.file.size }, options);
  const name = nameOf(request.url);
  let response: Response;
  try {
    response = await fetch(request.url);
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  } catch (err) {
    return { dataset: null, problems: [{ file: name, message: `could not be read: ${err instanceof Error ? err.message : String(err)}` }], csv: { format: null, header: [], kept: 0, bad: 0, problems: [] } };
  }
  return loadCsvResponse(response, request.url, options);
}

/** A fetched CSV export (its body not yet read), named by its own headers or else by its address. */
export function loadCsvResponse(response: Response, url: string, options: CsvLoadOptions): Promise<CsvLoadResult> {
  const name = givenName(response) ?? nameOf(url);
  // A compressed response's length is not that of the bytes read: then the total is unknown.
  const length = response.headers.get('content-encoding') ? 0 : Number(response.headers.get('content-length') ?? 0);
  if (!response.body) return Promise.resolve({ dataset: null, problems: [{ file: name, message: 'could not be read: the response has no body' }], csv: { format: null, header: [], kept: 0, bad: 0, problems: [] } });
  return loadCsv({ stream: response.body, name, total: Number.isFinite(length) ? length : 0 }, options);
}
