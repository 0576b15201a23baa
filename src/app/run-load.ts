// Runs a load request with the core loader; shared by the worker and the main-thread fallback.
import { loadDataset, type LoadOptions, type LoadResult, type ReadText } from '../core/dataset';
import type { CsvLoadOptions } from './csv-load';
import type { CsvFormat } from '../core/import/detect-csv-format';
import { loadCsvRequest, loadCsvResponse } from './csv-request';
import { isCsvAddress, isCsvResponse, namesFormat, type CsvLoadResult } from './csv-result';
import type { DatasetRequest } from './load-messages';

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The response of a file that could be fetched; throws with the HTTP status otherwise. */
export async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response;
}

const fetchText: ReadText = async (url) => (await fetchOk(url)).text();

export interface RunOptions extends LoadOptions {
  /** Reads a file of a dataset loaded by its address; fetch's text by default. */
  readUrl?: ReadText;
  /** A CSV export's codebook, once its header is read. */
  onCsvFormat?: ((format: CsvFormat) => void) | undefined;
  /** Stops a CSV export's parse (the page's fallback; a worker is terminated instead). */
  signal?: AbortSignal | undefined;
  /** A CSV export's incidents in batches as they are made (csv-load.ts). */
  onCsvIncidents?: CsvLoadOptions['onIncidents'];
}

export function runLoad(request: DatasetRequest, { readUrl = fetchText, onCsvFormat, signal, onCsvIncidents, ...options }: RunOptions = {}): Promise<LoadResult | CsvLoadResult> {
  const csvOptions = { onProgress: options.onProgress, onFormat: onCsvFormat, signal, onIncidents: onCsvIncidents };
  if (request.kind === 'csv' || (request.kind === 'url' && isCsvAddress(request.url))) return loadCsvRequest(request, csvOptions);
  if (request.kind === 'url' && !namesFormat(request.url)) return loadByResponse(request.url, readUrl, options, csvOptions);
  if (request.kind === 'url') return loadDataset(request.url, readUrl, options);
  const readText: ReadText = async (path) => {
    const text = request.texts[path] ?? request.texts[baseName(path)];
    if (text === undefined) throw new Error(`the file was not among those chosen (choose ${baseName(path)} too)`);
    return text;
  };
  return loadDataset(request.entry, readText, options);
}

/**
 * An address that names no format (an export's download link, `…/export?format=csv`): its response
 * says which. A CSV export is read as one; anything else is read as our format, the response's text
 * serving as the entry file's.
 */
async function loadByResponse(url: string, readUrl: ReadText, options: LoadOptions, csvOptions: CsvLoadOptions): Promise<LoadResult | CsvLoadResult> {
  let response: Response;
  try {
    response = await fetchOk(url);
  } catch {
    // The loader reads the address again and reports why it could not, as for any address.
    return loadDataset(url, readUrl, options);
  }
  if (isCsvResponse(response)) return loadCsvResponse(response, url, csvOptions);
  const text = response.text();
  let entryRead = false;
  const readFirstFromResponse: ReadText = (path, key, chunk) => {
    if (entryRead || path !== url || key !== undefined) return readUrl(path, key, chunk);
    entryRead = true;
    return text;
  };
  return loadDataset(url, readFirstFromResponse, options);
}
