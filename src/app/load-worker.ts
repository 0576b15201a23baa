// The dataset loader in a worker: parsing and validating large datasets never freezes the page.
import type { LoadReply, LoadRequest } from './load-messages';
import { runLoad } from './run-load';

const post = (reply: LoadReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<LoadRequest>) => {
  runLoad(event.data, (done, total, file) => post({ type: 'progress', done, total, file }))
    .then((result) => post({ type: 'result', result }))
    .catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
});
