// A chunk of incidents that arrived later (a dataset split by time) added to a loaded dataset and its
// indexes, in time order, without rebuilding them: chunks never overlap in time, so the chunk's
// incidents go in one piece where its span begins, and every array is copied once, not sorted again.
// The work per incident (reading its times) can run in slices, pausing between them (mergeChunkSteps),
// so that a chunk fetched ahead never holds the page for long; the indexes change only at the end.
import { lastAtOrBefore } from './control';
import type { DatasetIndex } from './dataset-index';
import type { IncidentIndex } from './incidents';
import type { Dataset, Incident } from './types';

export interface Loaded {
  dataset: Dataset;
  index: DatasetIndex;
}

export interface ArrivingChunk {
  chunk: number;
  /** Its incidents, validated, sorted by start then id. */
  incidents: readonly Incident[];
}

/** The added incidents' start and end times, epoch ms. */
interface AddedTimes {
  starts: Float64Array;
  ends: Float64Array;
}

/** The dataset and index with the chunk's incidents added, in one go. */
export function mergeChunk(loaded: Loaded, arriving: ArrivingChunk): Loaded {
  const steps = mergeChunkSteps(loaded, arriving);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * mergeChunk's work, pausing (yielding) after each `slice` incidents whose times it has read and whose
 * ids it has put in the index's map by id; its last step puts the result together (the same as
 * mergeChunk's) from `loaded` as it was given. The caller may drop the rest of the work at any pause:
 * the map by id then knows incidents its index does not hold, which only ever grows it (see withIncidents).
 */
export function* mergeChunkSteps({ dataset, index }: Loaded, { chunk, incidents }: ArrivingChunk, { slice = Infinity }: { slice?: number } = {}): Generator<void, Loaded> {
  const times: AddedTimes = { starts: new Float64Array(incidents.length), ends: new Float64Array(incidents.length) };
  for (let from = 0; from < incidents.length; from += slice) {
    const to = Math.min(incidents.length, from + slice);
    for (let j = from; j < to; j++) {
      const incident = incidents[j] as Incident;
      const start = Date.parse(incident.start);
      times.starts[j] = start;
      times.ends[j] = incident.end === undefined ? start : Date.parse(incident.end);
      index.incidents.byId.set(incident.id, incident);
    }
    yield;
  }
  if (incidents.length === 0) yield;
  const merged = withIncidents(index.incidents, incidents, times);
  const chunksLoaded = dataset.chunksLoaded?.map((loaded, i) => loaded || i === chunk);
  return {
    dataset: { ...dataset, incidents: merged.incidents, ...(chunksLoaded ? { chunksLoaded } : {}) },
    index: { ...index, incidents: merged, events: mergeSortedUnique(index.events, times.starts) },
  };
}

/**
 * The index with `added` in it; the incidents' map by id has them already. It grows in place rather
 * than being copied (a copy costs a tenth of a second at a million): ids only ever join it, and the
 * index it was part of is replaced by this one.
 */
function withIncidents(index: IncidentIndex, added: readonly Incident[], { starts: addedStarts, ends: addedEnds }: AddedTimes): IncidentIndex {
  if (added.length === 0) return index;
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
  ends.set(addedEnds, at);
  ends.set(index.ends.subarray(at), at + m);
  const longAdded: number[] = [];
  for (let j = 0; j < m; j++) if ((addedEnds[j] as number) - (addedStarts[j] as number) > index.windowMs) longAdded.push(at + j);
  const before = Array.from(index.long).filter((i) => i < at);
  const after = Array.from(index.long).filter((i) => i >= at).map((i) => i + m);
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
