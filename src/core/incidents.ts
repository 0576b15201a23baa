// Incidents by time: a sorted start index for "what happened at or just before t".
import { lastAtOrBefore } from './control';
import type { Incident } from './types';

export interface IncidentIndex {
  /** Incidents sorted by start, then id. */
  incidents: Incident[];
  starts: Float64Array;
  ends: Float64Array;
  /** The query window: incidents begun within it before t are shown at t. */
  windowMs: number;
  /** Indices of incidents that last longer than the window; checked on their own at every query. */
  long: Int32Array;
  /** Each incident by its id (made on first use). */
  byId: Map<string, Incident>;
}

/** Builds the index once per dataset, for queries over the given window of time. */
export function buildIncidentIndex(incidents: readonly Incident[], windowMs: number): IncidentIndex {
  // A loaded dataset's incidents come sorted (the validator sorts them so): each start is read once,
  // and each text once (an import's 100,000 starts are the midnights of a few hundred days). Not the
  // import's memoized: shared with the first load, it became a chunk of its own there.
  const known = new Map<string, number>();
  const parse = (text: string): number => {
    let ms = known.get(text);
    if (ms === undefined) known.set(text, (ms = Date.parse(text)));
    return ms;
  };
  const given = new Float64Array(incidents.length);
  let inOrder = true;
  for (let i = 0; i < incidents.length; i++) {
    const inc = incidents[i] as Incident;
    given[i] = parse(inc.start);
    if (inOrder && i > 0 && byStartThenId(given[i - 1] as number, given[i] as number, incidents[i - 1] as Incident, inc) > 0) inOrder = false;
  }
  const sorted = inOrder ? [...incidents] : [...incidents].sort((a, b) => parse(a.start) - parse(b.start) || a.id.localeCompare(b.id));
  const starts = inOrder ? given : Float64Array.from(sorted, (inc) => parse(inc.start));
  const ends = new Float64Array(sorted.length);
  const long: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const inc = sorted[i] as Incident;
    ends[i] = inc.end === undefined ? starts[i] as number : parse(inc.end);
    if ((ends[i] as number) - (starts[i] as number) > windowMs) long.push(i);
  }
  // Made when first asked (a selection, a link's incident, a hover): for an import of 100,000 incidents
  // it was more than half of the index's time, in the last step before the imported map is drawn.
  let byId: Map<string, Incident> | null = null;
  return {
    incidents: sorted, starts, ends, windowMs, long: Int32Array.from(long),
    get byId() {
      return (byId ??= mapById(sorted));
    },
  };
}

function mapById(incidents: readonly Incident[]): Map<string, Incident> {
  const byId = new Map<string, Incident>();
  for (const inc of incidents) byId.set(inc.id, inc);
  return byId;
}

function byStartThenId(startA: number, startB: number, a: Incident, b: Incident): number {
  return startA - startB || a.id.localeCompare(b.id);
}

/** Incidents begun in the window (t - windowMs, t] or still in force at t, in start order. */
export function incidentsAround(index: IncidentIndex, t: number): Incident[] {
  const hi = lastAtOrBefore(index.starts, t);
  const lo = lastAtOrBefore(index.starts, t - index.windowMs) + 1;
  // An incident begun before the window can only still run at t if it lasts longer than the window does.
  const before: number[] = [];
  for (const i of index.long) if (i < lo && (index.ends[i] as number) >= t) before.push(i);
  const out = before.map((i) => index.incidents[i] as Incident);
  for (let i = lo; i <= hi; i++) out.push(index.incidents[i] as Incident);
  return out;
}

/**
 * The incidents shown at a moment: those of the whole day when a day is shown, else those begun in
 * the window before t or still in force.
 */
export function incidentsShown(index: IncidentIndex, t: number, day: readonly [number, number] | null): Incident[] {
  return day ? incidentsBetween(index, day[0], day[1]) : incidentsAround(index, t);
}

/** Incidents that begin in [from, to), in start order. */
export function incidentsBetween(index: IncidentIndex, from: number, to: number): Incident[] {
  const lo = lastAtOrBefore(index.starts, from - 1) + 1;
  const hi = lastAtOrBefore(index.starts, to - 1);
  return index.incidents.slice(lo, hi + 1);
}

/** Incidents whose time overlaps [from, to] (both included): begun in it, or begun before and still running; in start order. */
export function incidentsOverlapping(index: IncidentIndex, from: number, to: number): Incident[] {
  const first = lastAtOrBefore(index.starts, from - 1) + 1;
  const last = lastAtOrBefore(index.starts, to);
  // Begun before `from` and still running then: within the window before it, or among the long ones.
  const windowStart = lastAtOrBefore(index.starts, from - 1 - index.windowMs) + 1;
  const before: number[] = [];
  for (const i of index.long) if (i < windowStart && (index.ends[i] as number) >= from) before.push(i);
  for (let i = windowStart; i < first; i++) if ((index.ends[i] as number) >= from) before.push(i);
  const out = before.map((i) => index.incidents[i] as Incident);
  for (let i = first; i <= last; i++) out.push(index.incidents[i] as Incident);
  return out;
}

/** Sorted unique times of every incident start and control change, for previous/next stepping. */
export function eventTimes(index: IncidentIndex, changeTimes: ArrayLike<number>): Float64Array {
  const all = new Float64Array(index.starts.length + changeTimes.length);
  all.set(index.starts, 0);
  all.set(Array.from(changeTimes), index.starts.length);
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[n - 1]) all[n++] = all[i] as number;
  return all.slice(0, n);
}

/** The first event time after t, or undefined. */
export function nextEventTime(times: Float64Array, t: number): number | undefined {
  const i = lastAtOrBefore(times, t) + 1;
  return i < times.length ? times[i] : undefined;
}

/** The last event time before t, or undefined. */
export function previousEventTime(times: Float64Array, t: number): number | undefined {
  const i = lastAtOrBefore(times, t - 1);
  return i >= 0 ? times[i] : undefined;
}
