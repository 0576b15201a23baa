// Loads a dataset in a worker, or, where workers are refused (a sandboxed frame), on the page.
import type { LoadProgress, LoadResult } from '../core/dataset';
import type { LoadReply, LoadRequest } from './load-messages';

export function loadInBackground(request: LoadRequest, onProgress: LoadProgress = () => {}): Promise<LoadResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return loadOnPage(request, onProgress);
  }
  return new Promise<LoadResult>((resolve, reject) => {
    let started = false;
    worker.addEventListener('message', (event: MessageEvent<LoadReply>) => {
      started = true;
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.done, reply.total, reply.file);
      else {
        worker.terminate();
        if (reply.type === 'result') resolve(reply.result);
        else reject(new Error(reply.message));
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      // A worker that could not even start (blocked script): do the work on the page instead.
      if (!started) loadOnPage(request, onProgress).then(resolve, reject);
      else reject(new Error(event.message || 'the loading worker failed'));
    });
    worker.postMessage(request);
  });
}

async function loadOnPage(request: LoadRequest, onProgress: LoadProgress): Promise<LoadResult> {
  const { runLoad } = await import('./run-load');
  return runLoad(request, onProgress);
}
