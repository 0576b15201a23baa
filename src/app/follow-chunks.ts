// Keeps a dataset split by time supplied with the chunks its view needs: when the reader moves to a
// time whose chunk is not here, it is fetched (a notice says so while it loads, over the map as it
// was); then the chunks next to the view, and in idle time the ones next to those. Chunks are read
// one at a time, in the loader's worker, the view's first. Loaded only for a dataset split by time.
import { chunkSpans, chunksMeeting, neighbourChunks, viewStarts, type ChunkSpan } from '../core/chunks';
import { joinIncidents } from '../core/incident-parts';
import { parseArraySlices } from '../core/parse-array-slices';
import { startOfLocalDay } from '../core/time';
import type { Dataset, Manifest } from '../core/types';
import { addChunk, type ArrivedChunk } from '../store/add-chunk';
import type { AppStore } from '../store/store';
import { afterFirstMap } from '../ui/after-first-map';
import { idlePauses } from './idle-pauses';
import type { ChunkRequest, LoadReply } from './load-messages';
import { parsedBytes } from './parsed-bytes';

/** How far idle time reaches: the chunks this many away from the view's (memory grows with each chunk kept). */
const IDLE_REACH = 2;

export interface FollowOptions {
  /** The manifest's address (chunk files are named relative to it). */
  url: string;
  manifest: Manifest;
}

type ReadChunk = (request: ChunkRequest) => Promise<ArrivedChunk>;

/** Starts following the store's view; returns a function that stops it. */
export function followChunks(store: AppStore, { url, manifest }: FollowOptions): () => void {
  const spans = chunkSpans(manifest);
  const failed = new Set<number>();
  let busy = false;
  let stopped = false;
  let told = false;
  let read: ReadChunk = workerReader(() => { read = pageReader; });

  const dataset = (): Dataset | null => {
    const full = store.getState().fullDataset;
    return full?.manifest === manifest ? full : null;
  };
  const missing = (full: Dataset) => (chunk: number) => full.chunksLoaded?.[chunk] === false && !failed.has(chunk);

  const pump = () => {
    const full = dataset();
    if (busy || stopped || !full) return;
    if (!told) {
      told = true;
      store.getState().addNotice('chunks', { text: `This dataset comes in ${spans.length} parts by time; the map fetches those it shows as you move through time. The incident list, its search, the exports and the story cover the parts fetched so far.` });
    }
    const s = store.getState();
    // The index's window, as the map fades incidents (core/link-chunks.ts reads a link the same way).
    const windowMs = s.index?.incidents.windowMs ?? 0;
    const needed = chunksMeeting(spans, ...viewStarts(s, { windowMs, dayStart: (t) => startOfLocalDay(t, manifest.timezone) }));
    const isMissing = missing(full);
    const shown = needed.find(isMissing);
    if (shown === undefined && store.getState().notices.some((n) => n.id === 'chunks-loading')) store.getState().dismissNotice('chunks-loading');
    const now = shown ?? neighbourChunks(spans.length, needed).find(isMissing);
    if (now !== undefined) {
      load(now, now === shown);
      return;
    }
    const later = neighbourChunks(spans.length, needed, IDLE_REACH).find(isMissing);
    if (later !== undefined) whenIdle(() => { if (!busy && !stopped && dataset()?.chunksLoaded?.[later] === false) load(later, false); });
  };

  const load = (chunk: number, shown: boolean) => {
    const full = dataset();
    if (!full) return;
    busy = true;
    const span = spanText(spans[chunk] as ChunkSpan, manifest.timezone);
    if (shown) store.getState().addNotice('chunks-loading', { text: `Loading the incidents of ${span}…` });
    const known = { sources: full.sources.map((s) => s.id), actors: full.actors.map((a) => a.id), sites: full.sites.map((s) => s.id) };
    read({ kind: 'chunk', url, manifest, chunk, known })
      .then((arrived) => {
        if (stopped) return;
        return addChunk(store, arrived, { pause: idlePauses() }).then(() => {
          // The source lens shows a filtered copy of the dataset: filter the grown one again.
          if (store.getState().sources !== null) return import('./apply-lens').then((m) => m.applyLens(store));
        });
      })
      .catch((err: unknown) => {
        failed.add(chunk);
        store.getState().addNotice('chunks-failed', { text: `The incidents of ${span} could not be loaded (${err instanceof Error ? err.message : String(err)}); load the page again to try again.` });
      })
      .finally(() => {
        busy = false;
        pump();
      });
  };

  // Time, span and the range's start say what the view needs; a new dataset (an import) ends following.
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.fullDataset !== prev.fullDataset && s.fullDataset && s.fullDataset.manifest !== manifest && prev.fullDataset?.manifest === manifest) stop();
    else if (s.time !== prev.time || s.span !== prev.span || s.rangeStart !== prev.rangeStart || s.fullDataset !== prev.fullDataset) queueMicrotask(pump);
  });
  const stop = () => {
    stopped = true;
    unsubscribe();
  };
  // The chunks fetched ahead wait for the first map: their parsing on the page must not delay it.
  void afterFirstMap().then(pump);
  return stop;
}

/** Reads chunks in one worker, one request at a time; where the worker fails, `onFail` hands over to the page. */
function workerReader(onFail: () => void): ReadChunk {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    onFail();
    return pageReader;
  }
  return (request) => new Promise<ArrivedChunk>((resolve, reject) => {
    let json: Promise<unknown> = Promise.resolve(undefined);
    const done = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<LoadReply>) => {
      const reply = event.data;
      if (reply.type === 'incidents-bytes') json = parsedInSlices(reply.bytes, reply.cuts);
      else if (reply.type === 'chunk') {
        done();
        json.then((parsed) => resolve({ chunk: reply.chunk.chunk, incidents: joinIncidents(reply.chunk.parts, parsed), problems: reply.problems }))
          .catch((err: unknown) => reject(err instanceof Error ? err : new Error(String(err))));
      } else if (reply.type === 'error') {
        done();
        reject(new Error(reply.message));
      }
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      done();
      worker.terminate();
      onFail();
      pageReader(request).then(resolve, reject);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage(request);
  });
}

/** A chunk's bytes parsed in slices, in idle time, where the worker says how to cut them; else in one go. */
async function parsedInSlices(bytes: ArrayBuffer, cuts: Int32Array | undefined): Promise<unknown> {
  if (!cuts || cuts.length === 0) return parsedBytes(bytes);
  const pause = idlePauses();
  const steps = parseArraySlices(new Uint8Array(bytes), cuts);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

/** Reads a chunk on the page, where workers are refused (a sandboxed frame). */
const pageReader: ReadChunk = async (request) => {
  const { runChunk } = await import('./run-chunk');
  const { incidents, problems } = await runChunk(request);
  return { chunk: request.chunk, incidents, problems };
};

/** Runs `task` when the page is idle (soon, where it cannot tell). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

/** A chunk's span in the dataset's time zone, as a notice words it: "22 Apr 2016 – 23 Apr 2016". */
function spanText(span: ChunkSpan, timeZone: string): string {
  const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone });
  return format.formatRange(span.start, span.end);
}
