// The page's first script, apart from the app's bundle and far smaller: a dataset on this site that a
// link names with data= starts loading in the loader's worker while the app's code is still on its
// way; the app takes the worker and its replies over (app/load-client.ts). The link goes with the request:
// of a dataset split by time the worker reads first the chunks it shows, without waiting for the app.
// One from another host waits for config.json's leave (main.tsx), as before.
import type { EarlyLoad } from './app/load-messages';

try {
  const address = new URLSearchParams(location.search).get('data');
  const url = address ? new URL(address, document.baseURI) : null;
  if (url?.origin === location.origin) {
    const worker = new Worker(new URL('./app/load-worker.ts', import.meta.url), { type: 'module' });
    const early: EarlyLoad = { url: url.href, worker, replies: [] };
    const keep = (event: Event) => {
      event.preventDefault();
      early.replies.push(event);
    };
    worker.onmessage = keep;
    worker.onerror = keep;
    worker.postMessage({ kind: 'url', url: url.href, search: location.search });
    window.earlyLoad = early;
  }
} catch {
  // No worker here (a sandboxed frame): the app loads the data itself.
}
