// The dataset loader in a worker: parsing and validating large datasets never freezes the page. A
// dataset loaded by its address sends its incidents file's bytes on to the page as soon as they are
// here, and at the end only where each accepted incident is in that file (core/incident-parts.ts):
// copying 100,000 records to the page cost more than the page's parsing them itself, beside the worker.
import { splitIncidents } from '../core/incident-parts';
import type { ReadText } from '../core/dataset';
import type { LoadReply, LoadRequest } from './load-messages';
import { fetchOk, runLoad } from './run-load';

const post = (reply: LoadReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.addEventListener('message', (event: MessageEvent<LoadRequest>) => {
  let sent = false;
  let parsed: unknown;
  const readUrl: ReadText = async (url, key) => {
    const response = await fetchOk(url);
    if (key !== 'incidents') return response.text();
    const bytes = await response.arrayBuffer();
    // As response.text() decodes (UTF-8, a byte order mark dropped), and as the page will.
    const text = new TextDecoder().decode(bytes);
    post({ type: 'incidents-bytes', bytes }, [bytes]);
    sent = true;
    return text;
  };
  runLoad(event.data, {
    readUrl,
    onProgress: (done, total, file) => post({ type: 'progress', done, total, file }),
    onParsed: (key, json) => { if (key === 'incidents') parsed = json; },
    ...(event.data.kind === 'csv' ? { onCsvFormat: (format) => post({ type: 'csv-format', format }) } : {}),
  })
    .then((result) => {
      const { dataset, problems } = result;
      // A CSV export's result carries its rows kept and left out (`csv`).
      if (!sent || !dataset || !Array.isArray(parsed)) return post({ type: 'result', result });
      const incidents = splitIncidents(dataset.incidents, parsed);
      return post({ type: 'result', result: { dataset: { ...dataset, incidents: [] }, problems }, incidents }, [incidents.order.buffer]);
    })
    .catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
});
