// Loads a chosen or dropped CSV export in the loader's worker (the File goes there, not its text), or
// on the page where workers are refused; Cancel (an aborted signal) ends the worker, or the parse.
import type { CsvLoadOptions } from './csv-load';
import type { CsvLoadResult } from './csv-result';
import type { DatasetRequest, LoadReply } from './load-messages';

export function loadCsvInBackground(file: File, options: CsvLoadOptions = {}): Promise<CsvLoadResult> {
  const { onProgress, onFormat, signal } = options;
  const request: DatasetRequest = { kind: 'csv', file };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return loadOnPage(request, options);
  }
  return new Promise<CsvLoadResult>((resolve, reject) => {
    let started = false;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('The import was cancelled', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<LoadReply>) => {
      started = true;
      const reply = event.data;
      if (reply.type === 'progress') onProgress?.(reply.done, reply.total, reply.file);
      else if (reply.type === 'csv-format') onFormat?.(reply.format);
      else if (reply.type === 'error') {
        finish();
        reject(new Error(reply.message));
      } else if (reply.type === 'result' && reply.result.csv) {
        finish();
        resolve({ ...reply.result, csv: reply.result.csv });
      }
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      finish();
      // A worker that could not even start (a blocked script): the same work on the page.
      if (!started) loadOnPage(request, options).then(resolve, reject);
      else reject(new Error(event.message || 'the loading worker failed'));
    });
    worker.postMessage(request);
  });
}

async function loadOnPage(request: DatasetRequest, options: CsvLoadOptions): Promise<CsvLoadResult> {
  const { runLoad } = await import('./run-load');
  const result = await runLoad(request, { onProgress: options.onProgress, onCsvFormat: options.onFormat, signal: options.signal });
  if (!('csv' in result)) throw new Error('not a CSV export');
  return result;
}
