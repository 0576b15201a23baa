// The worker's side of a CSV export's records: each batch of incidents the loader makes is posted to
// the page at once (the page takes it in while the worker reads on), and the result names the accepted
// incidents by their place among those sent (core/incident-parts.ts); the validated sites (a place at
// each point an event names: tens of thousands) go just before the result, in batches too. Sending
// 100,000 records with the result cost the page a frame of a second or more; in batches no task of the
// page's is long. Both go packed (core/packed-records.ts): each distinct string and set of keys once,
// the structure moved rather than copied, which costs the worker and the page a fraction of a clone.
import { splitIncidents } from '../core/incident-parts';
import type { LoadResult } from '../core/dataset';
import { packedTransfer, packRecords } from '../core/packed-records';
import type { Incident } from '../core/types';
import type { LoadReply } from './load-messages';

type Post = (reply: LoadReply, transfer?: Transferable[]) => void;

/** Sites per batch: a site is a fifth of an incident's size, so 10,000 take the page as long as 2,000 incidents. */
const SITE_BATCH = 10_000;

export interface CsvBatches {
  /** Posts a batch of incidents on to the page. */
  send(batch: Incident[]): void;
  /** Posts the result with its incidents as parts of the batches sent; false when none was sent (then the caller posts it). */
  finish(result: LoadResult): boolean;
}

export function csvBatches(post: Post): CsvBatches {
  const sent: Incident[] = [];
  const postPacked = (type: 'incidents-batch' | 'sites-batch', records: readonly unknown[]) => {
    const packed = packRecords(records);
    post({ type, packed }, packedTransfer(packed));
  };
  return {
    send(batch) {
      postPacked('incidents-batch', batch);
      for (const incident of batch) sent.push(incident);
    },
    finish(result) {
      if (sent.length === 0 || !result.dataset) return false;
      const { sites } = result.dataset;
      const incidents = splitIncidents(result.dataset.incidents, sent);
      for (let i = 0; i < sites.length; i += SITE_BATCH) postPacked('sites-batch', sites.slice(i, i + SITE_BATCH));
      post({ type: 'result', result: { ...result, dataset: { ...result.dataset, incidents: [], sites: [] } }, incidents }, [incidents.order.buffer]);
      return true;
    },
  };
}
