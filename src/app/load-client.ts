// Loads a dataset in a worker, or, where workers are refused (a sandboxed frame), on the page. A load
// the boot script started (src/boot.ts) is taken over: its worker, and what it has said so far.
import type { LoadProgress, LoadResult } from '../core/dataset';
import { joinIncidents } from '../core/incident-parts';
import type { EarlyLoad, LoadReply, LoadRequest } from './load-messages';

export function loadInBackground(request: LoadRequest, onProgress: LoadProgress = () => {}): Promise<LoadResult> {
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
    const onMessage = (event: MessageEvent<LoadReply>) => {
      started = true;
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.done, reply.total, reply.file);
      else if (reply.type === 'incidents-bytes') incidents = parsedBytes(reply.bytes);
      else if (reply.type === 'csv-format') return;
      else {
        worker.terminate();
        if (reply.type === 'error') reject(new Error(reply.message));
        else if (!reply.incidents || !reply.result.dataset) resolve(reply.result);
        else {
          try {
            resolve({ ...reply.result, dataset: { ...reply.result.dataset, incidents: joinIncidents(reply.incidents, incidents) } });
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

/** The boot script's load of `url`, if it started one; any other is stopped, unused. */
function takeEarlyLoad(url: string): EarlyLoad | undefined {
  const early = window.earlyLoad;
  delete window.earlyLoad;
  if (early?.url === url) return early;
  early?.worker.terminate();
  return undefined;
}

/** The incidents file as the worker parsed it; undefined when it is not JSON (the worker reports that). */
function parsedBytes(bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

async function loadOnPage(request: LoadRequest, onProgress: LoadProgress): Promise<LoadResult> {
  const { runLoad } = await import('./run-load');
  return runLoad(request, { onProgress });
}
