// A chunk of incidents that arrived later (a dataset split by time) added to a loaded dataset and its
// indexes, in time order, without rebuilding them: chunks never overlap in time, so the chunk's
// incidents go in one piece where its span begins, and every array is copied once, not sorted again.
import { lastAtOrBefore } from './control';
import type { DatasetIndex } from './dataset-index';
import type { IncidentIndex } from './incidents';
import type { Dataset, Incident } from './types';

export interface Loaded {
  dataset: Dataset;
  index: DatasetIndex;
}

/** The dataset and index with the chunk's incidents (validated, sorted by start then id) added. */
export function mergeChunk({ dataset, index }: Loaded, { chunk, incidents }: { chunk: number; incidents: readonly Incident[] }): Loaded {
  const merged = withIncidents(index.incidents, incidents);
  const chunksLoaded = dataset.chunksLoaded?.map((loaded, i) => loaded || i === chunk);
  const starts = merged === index.incidents ? new Float64Array(0) : Float64Array.from(incidents, (i) => Date.parse(i.start));
  return {
    dataset: { ...dataset, incidents: merged.incidents, ...(chunksLoaded ? { chunksLoaded } : {}) },
    index: { ...index, incidents: merged, events: mergeSortedUnique(index.events, starts) },
  };
}

/**
 * The index with `added` in it. The incidents' map by id grows in place rather than being copied (a
 * copy costs a tenth of a second at a million): ids only ever join it, and the index it was part of
 * is replaced by this one.
 */
export function withIncidents(index: IncidentIndex, added: readonly Incident[]): IncidentIndex {
  if (added.length === 0) return index;
  const addedStarts = Float64Array.from(added, (i) => Date.parse(i.start));
  const first = addedStarts[0] as number;
  const last = addedStarts[addedStarts.length - 1] as number;
  const at = lastAtOrBefore(index.starts, first - 1) + 1;
  // Not in one piece (overlapping chunks, which the manifest's check rules out): merged one by one.
  if (at < index.starts.length && (index.starts[at] as number) <= last) return mergedIndex(index, added, addedStarts);
  const n = index.incidents.length;
  const m = added.length;
  const starts = new Float64Array(n + m);
  starts.set(index.starts.subarray(0, at), 0);
  starts.set(addedStarts, at);
  starts.set(index.starts.subarray(at), at + m);
  const ends = new Float64Array(n + m);
  ends.set(index.ends.subarray(0, at), 0);
  ends.set(index.ends.subarray(at), at + m);
  const longAdded: number[] = [];
  added.forEach((incident, j) => {
    const end = incident.end === undefined ? (addedStarts[j] as number) : Date.parse(incident.end);
    ends[at + j] = end;
    if (end - (addedStarts[j] as number) > index.windowMs) longAdded.push(at + j);
  });
  const before = Array.from(index.long).filter((i) => i < at);
  const after = Array.from(index.long).filter((i) => i >= at).map((i) => i + m);
  for (const incident of added) index.byId.set(incident.id, incident);
  return {
    incidents: index.incidents.slice(0, at).concat(added, index.incidents.slice(at)),
    starts, ends, windowMs: index.windowMs, long: Int32Array.from([...before, ...longAdded, ...after]), byId: index.byId,
  };
}

/** The index with `added` merged in, in start (then id) order, record by record. */
function mergedIndex(index: IncidentIndex, added: readonly Incident[], addedStarts: Float64Array): IncidentIndex {
  const incidents: Incident[] = [];
  const starts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < index.incidents.length || j < added.length) {
    const a = index.incidents[i];
    const b = added[j];
    const takeOld = b === undefined || (a !== undefined && ((index.starts[i] as number) - (addedStarts[j] as number) || a.id.localeCompare(b.id)) <= 0);
    incidents.push((takeOld ? a : b) as Incident);
    starts.push(takeOld ? index.starts[i++] as number : addedStarts[j++] as number);
  }
  const ends = Float64Array.from(incidents, (inc, k) => (inc.end === undefined ? starts[k] as number : Date.parse(inc.end)));
  const long: number[] = [];
  ends.forEach((end, k) => { if (end - (starts[k] as number) > index.windowMs) long.push(k); });
  for (const incident of added) index.byId.set(incident.id, incident);
  return { incidents, starts: Float64Array.from(starts), ends, windowMs: index.windowMs, long: Int32Array.from(long), byId: index.byId };
}

/** The dataset with the chunk's incidents in its list, where their time puts them (its indexes are left to be built). */
export function withChunkIncidents(dataset: Dataset, { chunk, incidents }: { chunk: number; incidents: readonly Incident[] }): Dataset {
  const first = incidents[0];
  const chunksLoaded = dataset.chunksLoaded?.map((loaded, i) => loaded || i === chunk);
  if (!first) return { ...dataset, ...(chunksLoaded ? { chunksLoaded } : {}) };
  const t = Date.parse(first.start);
  let lo = 0;
  let hi = dataset.incidents.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (Date.parse((dataset.incidents[mid] as Incident).start) < t) lo = mid + 1;
    else hi = mid;
  }
  return { ...dataset, incidents: dataset.incidents.slice(0, lo).concat(incidents, dataset.incidents.slice(lo)), ...(chunksLoaded ? { chunksLoaded } : {}) };
}

/** Two ascending lists as one, each value once. */
export function mergeSortedUnique(a: Float64Array, b: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number)) ? (a[i++] as number) : (b[j++] as number);
    if (n === 0 || out[n - 1] !== x) out[n++] = x;
  }
  return out.slice(0, n);
}
