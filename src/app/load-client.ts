// Loads a dataset in a worker, or, where workers are refused (a sandboxed frame), on the page: a
// dataset by its address, files the reader chose, or a CSV export (the File goes to the worker, not its
// text). Cancel (an aborted signal) ends the worker, or the page's parse. A load the boot script started
// (src/boot.ts) is taken over: its worker, and what it has said so far. Of a dataset split by time, the
// worker reads first the chunks the page's link shows (core/link-chunks.ts): the link goes with the
// request, as that code is the worker's, never the first load's.
import type { LoadProgress, LoadResult } from '../core/dataset';
import type { CsvFormat } from '../core/import/detect-csv-format';
import { joinIncidents } from '../core/incident-parts';
import { VaguestAtSites } from '../core/initial-frame';
import { attachOriginalFields } from '../core/original-fields';
import { unpackIncidents } from '../core/packed-incidents';
import { unpackRecords } from '../core/packed-records';
import { unpackSites } from '../core/packed-sites';
import type { Incident, Site } from '../core/types';
import { DENSE_AT } from '../map/dense-at';
import type { AppStore } from '../store/store';
import type { CsvLoadResult, CsvSummary } from './csv-result';
import type { ChunkParts, DatasetRequest, EarlyLoad, LoadReply } from './load-messages';
import { parsedBytes } from './parsed-bytes';

export interface BackgroundOptions {
  onProgress?: LoadProgress | undefined;
  /** A CSV export's codebook, told once its header is read. */
  onFormat?: ((format: CsvFormat) => void) | undefined;
  /** Cancel: the worker is ended (or the page's parse stopped) and the promise rejects with an AbortError. */
  signal?: AbortSignal | undefined;
}

/** A CSV export's result says which rows were kept and left out (`csv`). */
export type BackgroundResult = LoadResult & { csv?: CsvSummary };

const cancelled = () => new DOMException('The import was cancelled', 'AbortError');

export function loadInBackground(request: Extract<DatasetRequest, { kind: 'csv' }>, options?: BackgroundOptions): Promise<CsvLoadResult>;
export function loadInBackground(request: DatasetRequest, options?: BackgroundOptions): Promise<BackgroundResult>;
export function loadInBackground(request: DatasetRequest, options: BackgroundOptions = {}): Promise<BackgroundResult> {
  const { onProgress, onFormat, signal } = options;
  if (signal?.aborted) return Promise.reject(cancelled());
  const early = request.kind === 'url' ? takeEarlyLoad(request.url) : undefined;
  let worker: Worker;
  try {
    worker = early?.worker ?? new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return loadOnPage(request, options);
  }
  return new Promise<BackgroundResult>((resolve, reject) => {
    let started = false;
    let ended = false;
    let incidents: unknown;
    // A CSV export's incidents, sent in batches while the worker reads on, and its sites (csv-batches.ts).
    const batches: Incident[][] = [];
    const siteBatches: Site[][] = [];
    // The first frame's reading of the batches' places, worked out as they come (core/initial-frame.ts).
    const vaguest = new VaguestAtSites();
    const chunkFiles = new Map<number, unknown>();
    const end = () => {
      ended = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const onMessage = (event: MessageEvent<LoadReply>) => {
      if (ended) return;
      started = true;
      const reply = event.data;
      if (reply.type === 'progress') onProgress?.(reply.done, reply.total, reply.file);
      else if (reply.type === 'incidents-bytes') {
        if (reply.chunk === undefined) incidents = parsedBytes(reply.bytes);
        else chunkFiles.set(reply.chunk, parsedBytes(reply.bytes));
      } else if (reply.type === 'incidents-batch' || reply.type === 'imported-batch') {
        try {
          const batch = reply.type === 'imported-batch' ? unpackIncidents(reply.packed) : unpackRecords<Incident>(reply.packed);
          if (reply.originals) attachOriginalFields(batch, reply.originals);
          // A large export's map is crowded: the canvas marks' code (loaded on demand) is fetched now,
          // not once the imported map first asks for it, which held its first frame about 80 ms.
          if (batches.length === 0 && batch.length > DENSE_AT) import('../map/dense-incidents-layer').catch(() => {});
          batches.push(batch);
          vaguest.add(batch);
        } catch (err) {
          end();
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      } else if (reply.type === 'sites-batch') siteBatches.push(unpackRecords<Site>(reply.packed));
      else if (reply.type === 'places-batch') siteBatches.push(unpackSites(reply.packed));
      else if (reply.type === 'csv-format') onFormat?.(reply.format);
      else if (reply.type === 'chunk') return;
      else {
        end();
        if (reply.type === 'error') reject(new Error(reply.message));
        else if ((!reply.incidents && !reply.chunks) || !reply.result.dataset) resolve(reply.result);
        else {
          try {
            const file = batches.length > 0 ? batches.flat() : incidents;
            const all = reply.chunks ? joinChunks(reply.chunks, chunkFiles) : joinIncidents(reply.incidents ?? { order: new Int32Array(0), changed: [] }, file);
            // Every batch is in the list, and the records held back for the full validation with them.
            if (batches.length > 0 && reply.incidents && all.length === (file as Incident[]).length + reply.incidents.changed.length) {
              vaguest.add(reply.incidents.changed);
              vaguest.workedOutFor(all);
            }
            const sites = siteBatches.length > 0 ? siteBatches.flat() : reply.result.dataset.sites;
            resolve({ ...reply.result, dataset: { ...reply.result.dataset, incidents: all, sites } });
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        }
      }
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      if (ended) return;
      end();
      // A worker that could not even start (blocked script): do the work on the page instead.
      if (!started) loadOnPage(request, options).then(resolve, reject);
      else reject(new Error(event.message || 'the loading worker failed'));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    if (!early) {
      worker.postMessage(request);
      return;
    }
    // What the worker said before the app was here, in order; it says the rest to the listeners above.
    worker.onmessage = worker.onerror = null;
    for (const event of early.replies) {
      if (event instanceof MessageEvent) onMessage(event as MessageEvent<LoadReply>);
      else onError(event as ErrorEvent);
    }
  });
}

/**
 * Loads the dataset at `url` for the page; one split by time then keeps the store supplied with the
 * chunks its view needs as the reader moves (app/follow-chunks.ts, loaded only for such a dataset).
 */
export async function load(url: string, store: AppStore): Promise<LoadResult> {
  const result = await loadInBackground({ kind: 'url', url, search: location.search });
  const manifest = result.dataset?.chunksLoaded ? result.dataset.manifest : null;
  if (manifest) void import('./follow-chunks').then((m) => m.followChunks(store, { url, manifest }));
  return result;
}

/** The chunks' incidents in time order, each picked from its own file as the page parsed it. */
function joinChunks(chunks: readonly ChunkParts[], files: ReadonlyMap<number, unknown>): Incident[] {
  return [...chunks].sort((a, b) => a.chunk - b.chunk).flatMap((c) => joinIncidents(c.parts, files.get(c.chunk)));
}

/** The boot script's load of `url`, if it started one; any other is stopped, unused. */
function takeEarlyLoad(url: string): EarlyLoad | undefined {
  const early = window.earlyLoad;
  delete window.earlyLoad;
  if (early?.url === url) return early;
  early?.worker.terminate();
  return undefined;
}

async function loadOnPage(request: DatasetRequest, { onProgress, onFormat, signal }: BackgroundOptions): Promise<BackgroundResult> {
  const { runLoad } = await import('./run-load');
  // Of a dataset split by time, no chunk yet: the first map comes without incidents, and the chunks
  // its view needs follow (app/follow-chunks.ts). Reading the link here would cost the first load
  // bytes (the bundler would split the link's modules off it); this page is the rare sandboxed frame.
  const loading = runLoad(request, { onProgress, onCsvFormat: onFormat, signal, pickChunks: request.kind === 'url' ? () => [] : undefined });
  // A CSV export's parse stops at the signal; any other load is left to end, unused.
  return new Promise((resolve, reject) => {
    signal?.addEventListener('abort', () => reject(cancelled()), { once: true });
    loading.then(resolve, reject);
  });
}
