// The dataset loader in a worker: parsing and validating large datasets never freezes the page. A
// dataset loaded by its address sends its incidents file's bytes on to the page as soon as they are
// here, and at the end only where each accepted incident is in that file (core/incident-parts.ts):
// copying 100,000 records to the page cost more than the page's parsing them itself, beside the worker.
// A dataset split by time: the worker reads the chunks the request's link shows (each chunk's bytes sent
// on in the same way), and stays to read more chunks as the page asks for them.
import { arrayCuts } from '../core/array-cuts';
import { byChunk, chunkSpans } from '../core/chunks';
import { splitIncidents } from '../core/incident-parts';
import { chunksForLink } from '../core/link-chunks';
import type { ReadText } from '../core/dataset';
import { csvBatches } from './csv-batches';
import type { ChunkParts, LoadReply, LoadRequest } from './load-messages';
import { runChunk } from './run-chunk';
import { fetchOk, runLoad } from './run-load';

const post = (reply: LoadReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);
const errorMessage = (err: unknown) => ({ type: 'error', message: err instanceof Error ? err.message : String(err) }) as const;

/** Records per slice of a chunk that the page parses in slices (see core/array-cuts.ts). */
const CUT_EVERY = 500;

/**
 * Fetches a file's text; an incidents file's (or chunk's) bytes go on to the page first, and `sent`
 * notes it (-1: the one incidents file). With `cut`, the bytes go with the places where the page can
 * cut them to parse them a slice at a time (a chunk fetched ahead must not hold the page for long).
 */
function bytesReader(sent: Set<number>, { cut = false }: { cut?: boolean } = {}): ReadText {
  return async (url, key, chunk) => {
    const response = await fetchOk(url);
    if (key !== 'incidents') return response.text();
    const bytes = await response.arrayBuffer();
    // As response.text() decodes (UTF-8, a byte order mark dropped), and as the page will.
    const text = new TextDecoder().decode(bytes);
    const cuts = cut ? arrayCuts(new Uint8Array(bytes), { every: CUT_EVERY }) : undefined;
    post({ type: 'incidents-bytes', bytes, ...(chunk === undefined ? {} : { chunk }), ...(cuts ? { cuts } : {}) }, cuts ? [bytes, cuts.buffer] : [bytes]);
    sent.add(chunk ?? -1);
    return text;
  };
}

self.addEventListener('message', (event: MessageEvent<LoadRequest>) => {
  const request = event.data;
  const sent = new Set<number>();
  if (request.kind === 'chunk') {
    runChunk(request, bytesReader(sent, { cut: true }))
      .then(({ incidents, json, problems }) => {
        const parts = Array.isArray(json) && sent.has(request.chunk) ? splitIncidents(incidents, json) : { order: new Int32Array(0), changed: incidents };
        post({ type: 'chunk', chunk: { chunk: request.chunk, parts }, problems }, [parts.order.buffer]);
      })
      .catch((err: unknown) => post(errorMessage(err)));
    return;
  }
  const parsed = new Map<number, unknown>();
  const csv = csvBatches(post);
  runLoad(request, {
    readUrl: bytesReader(sent),
    onProgress: (done, total, file) => post({ type: 'progress', done, total, file }),
    onParsed: (key, json, chunk) => { if (key === 'incidents') parsed.set(chunk ?? -1, json); },
    // Picked here from the link the request carries: asking the page would wait for the app's code.
    pickChunks: request.kind === 'url' ? (manifest) => chunksForLink(manifest, request.search ?? '') : undefined,
    ...(request.kind === 'csv' ? { onCsvFormat: (format) => post({ type: 'csv-format', format }) } : {}),
    onCsvIncidents: csv.send,
  })
    .then((result) => {
      if (csv.finish(result)) return;
      const { dataset, problems } = result;
      // A CSV export's result without incidents (its rows left out, `csv`) travels whole, as does a dataset whose bytes the page lacks.
      if (sent.size === 0 || !dataset) return post({ type: 'result', result });
      const shell = { dataset: { ...dataset, incidents: [] }, problems };
      if (!dataset.chunksLoaded) {
        const json = parsed.get(-1);
        if (!Array.isArray(json)) return post({ type: 'result', result: { dataset, problems } });
        const incidents = splitIncidents(dataset.incidents, json);
        return post({ type: 'result', result: shell, incidents }, [incidents.order.buffer]);
      }
      // Each chunk's incidents as parts of its own file; a chunk whose bytes the page lacks travels whole.
      const groups = byChunk(dataset.incidents, chunkSpans(dataset.manifest));
      const chunks: ChunkParts[] = [...sent].filter((c) => c >= 0).map((chunk) => {
        const json = parsed.get(chunk);
        const incidents = groups.get(chunk) ?? [];
        return { chunk, parts: Array.isArray(json) ? splitIncidents(incidents, json) : { order: new Int32Array(0), changed: incidents } };
      });
      return post({ type: 'result', result: shell, chunks }, chunks.map((c) => c.parts.order.buffer));
    })
    .catch((err: unknown) => post(errorMessage(err)));
});
