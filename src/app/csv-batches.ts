// The worker's side of a CSV export's records: each batch of incidents the loader makes is posted to
// the page at once (the page takes it in while the worker reads on; the worker keeps none), and the
// result names the accepted incidents by their place among those sent (the loader's `given`, as
// core/incident-parts.ts); the validated sites (a place at each point an event names: tens of
// thousands) go just before the result, in batches too. Sending
// 100,000 records with the result cost the page a frame of a second or more; in batches no task of the
// page's is long. Both go packed (core/packed-records.ts): each distinct string and set of keys once,
// the structure moved rather than copied, which costs the worker and the page a fraction of a clone;
// the incidents and places, all of the importer's make, as words that need no keys
// (core/packed-incidents.ts, core/packed-sites.ts).
import type { LoadResult } from '../core/dataset';
import type { OriginalFieldsBlock } from '../core/original-fields';
import { packedIncidentsTransfer, packIncidents } from '../core/packed-incidents';
import { packedTransfer, packRecords } from '../core/packed-records';
import { packedSitesTransfer, packSites } from '../core/packed-sites';
import type { Incident, Site } from '../core/types';
import type { CsvLoadResult } from './csv-result';
import type { LoadReply } from './load-messages';

type Post = (reply: LoadReply, transfer?: Transferable[]) => void;

/** Sites per batch: a site is a fifth of an incident's size, so 10,000 take the page as long as 2,000 incidents. */
const SITE_BATCH = 10_000;

export interface CsvBatches {
  /** Posts a batch of incidents on to the page, their original columns apart (csv-load.ts's onIncidents). */
  send(batch: Incident[], originals: OriginalFieldsBlock): void;
  /** Posts the result with its incidents as parts of the batches sent; false when it places none (then the caller posts it). */
  finish(result: LoadResult | CsvLoadResult): boolean;
}

export function csvBatches(post: Post): CsvBatches {
  const postSites = (sites: readonly Site[]) => {
    const places = packSites(sites);
    if (places) return post({ type: 'places-batch', packed: places }, packedSitesTransfer(places));
    const packed = packRecords(sites);
    post({ type: 'sites-batch', packed }, packedTransfer(packed));
  };
  return {
    send(batch, originals) {
      // The original columns go apart, as one text (core/original-fields.ts): the page reads them when asked.
      const cells = originals.cells.buffer as ArrayBuffer;
      const imported = packIncidents(batch);
      if (imported) {
        post({ type: 'imported-batch', packed: imported, originals }, [...packedIncidentsTransfer(imported), cells]);
        return;
      }
      const packed = packRecords(batch);
      post({ type: 'incidents-batch', packed, originals }, [...packedTransfer(packed), cells]);
    },
    finish(result) {
      if (!('given' in result) || !result.given || !result.dataset) return false;
      const { given, ...rest } = result;
      const { sites } = result.dataset;
      for (let i = 0; i < sites.length; i += SITE_BATCH) postSites(sites.slice(i, i + SITE_BATCH));
      post({ type: 'result', result: { ...rest, dataset: { ...result.dataset, incidents: [], sites: [] } }, incidents: given }, [given.order.buffer]);
      return true;
    },
  };
}
