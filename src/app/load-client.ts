// Loads a dataset in a worker, or, where workers are refused (a sandboxed frame), on the page. A load
// the boot script started (src/boot.ts) is taken over: its worker, and what it has said so far. Of a
// dataset split by time, the worker reads first the chunks the page's link shows (core/link-chunks.ts):
// the link goes with the request, as that code is the worker's, never the first load's.
import type { LoadProgress, LoadResult } from '../core/dataset';
import { joinIncidents } from '../core/incident-parts';
import type { Incident } from '../core/types';
import type { AppStore } from '../store/store';
import type { ChunkParts, DatasetRequest, EarlyLoad, LoadReply } from './load-messages';
import { parsedBytes } from './parsed-bytes';

export function loadInBackground(request: DatasetRequest, onProgress: LoadProgress = () => {}): Promise<LoadResult> {
  const early = request.kind === 'url' ? takeEarlyLoad(request.url) : undefined;
  let worker: Worker;
  try {
    worker = early?.worker ?? new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return loadOnPage(request, onProgress);
  }
  return new Promise<LoadResult>((resolve, reject) => {
    let started = false;
    let incidents: unknown;
    const chunkFiles = new Map<number, unknown>();
    const onMessage = (event: MessageEvent<LoadReply>) => {
      started = true;
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.done, reply.total, reply.file);
      else if (reply.type === 'incidents-bytes') {
        if (reply.chunk === undefined) incidents = parsedBytes(reply.bytes);
        else chunkFiles.set(reply.chunk, parsedBytes(reply.bytes));
      } else if (reply.type === 'chunk' || reply.type === 'csv-format') return;
      else {
        worker.terminate();
        if (reply.type === 'error') reject(new Error(reply.message));
        else if ((!reply.incidents && !reply.chunks) || !reply.result.dataset) resolve(reply.result);
        else {
          try {
            const all = reply.chunks ? joinChunks(reply.chunks, chunkFiles) : joinIncidents(reply.incidents ?? { order: new Int32Array(0), changed: [] }, incidents);
            resolve({ ...reply.result, dataset: { ...reply.result.dataset, incidents: all } });
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        }
      }
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      worker.terminate();
      // A worker that could not even start (blocked script): do the work on the page instead.
      if (!started) loadOnPage(request, onProgress).then(resolve, reject);
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

async function loadOnPage(request: DatasetRequest, onProgress: LoadProgress): Promise<LoadResult> {
  const { runLoad } = await import('./run-load');
  // Of a dataset split by time, no chunk yet: the first map comes without incidents, and the chunks
  // its view needs follow (app/follow-chunks.ts). Reading the link here would cost the first load
  // bytes (the bundler would split the link's modules off it); this page is the rare sandboxed frame.
  return runLoad(request, { onProgress, pickChunks: request.kind === 'url' ? () => [] : undefined });
}
