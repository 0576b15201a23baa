// Who controls each area at a moment: per-area sorted change lists, read by binary search.
import { HOUR } from './time';
import type { Confidence, ControlChange, ControlClaim, Dataset } from './types';

/** An area's state at a moment. */
export interface AreaState {
  site: string;
  controller: string;
  contested: boolean;
  /** When the current controller took over; null when it held the area from before the dataset's start. */
  since: number | null;
  /** The change that set this state (controller or contested flag); null for the initial state. */
  change: ControlChange | null;
  /** The change at which the current controller took over (its time's wording); null if before the start. */
  sinceChange: ControlChange | null;
  confidence: Confidence;
  /** The claims of the record that set this state (control-claims.ts says which are in force at a moment). */
  claims: readonly ControlClaim[];
}

const NO_CLAIMS: readonly ControlClaim[] = [];

interface AreaTrack {
  /** Times of the area's changes, ascending. */
  times: Float64Array;
  /** states[0] is the initial state; states[i + 1] holds from times[i]. */
  states: AreaState[];
}

export interface ControlIndex {
  /** Area ids in the dataset's initial-control order (stable for tables and exports). */
  areas: string[];
  tracks: Map<string, AreaTrack>;
  /** Every change time, ascending, for stepping between events. */
  changeTimes: Float64Array;
}

/** Builds the index once per dataset; changes must already be validated. */
export function buildControlIndex(dataset: Pick<Dataset, 'control'>): ControlIndex {
  const byArea = new Map<string, ControlChange[]>();
  for (const c of dataset.control.changes) {
    const list = byArea.get(c.site) ?? [];
    list.push(c);
    byArea.set(c.site, list);
  }
  const tracks = new Map<string, AreaTrack>();
  const areas: string[] = [];
  for (const init of dataset.control.initial) {
    areas.push(init.site);
    const changes = (byArea.get(init.site) ?? []).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const states: AreaState[] = [{
      site: init.site, controller: init.controller, contested: init.contested ?? false,
      since: null, change: null, sinceChange: null, confidence: init.confidence, claims: init.claims ?? NO_CLAIMS,
    }];
    const times = new Float64Array(changes.length);
    changes.forEach((c, i) => {
      const prev = states[i] as AreaState;
      const at = Date.parse(c.at);
      times[i] = at;
      states.push({
        site: init.site, controller: c.to, contested: c.contested,
        since: c.to === prev.controller ? prev.since : at, change: c,
        sinceChange: c.to === prev.controller ? prev.sinceChange : c, confidence: c.confidence,
        claims: c.claims ?? NO_CLAIMS,
      });
    });
    tracks.set(init.site, { times, states });
  }
  const changeTimes = Float64Array.from(dataset.control.changes.map((c) => Date.parse(c.at))).sort();
  return { areas, tracks, changeTimes };
}

/** Index of the last element ≤ t in a sorted array, or -1 when all are later. */
export function lastAtOrBefore(sorted: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** One area's state at t (O(log n) in its number of changes). */
export function areaStateAt(index: ControlIndex, site: string, t: number): AreaState | undefined {
  const track = index.tracks.get(site);
  if (!track) return undefined;
  return track.states[lastAtOrBefore(track.times, t) + 1];
}

/** Every area's state at t, in the index's area order. */
export function controlStateAt(index: ControlIndex, t: number): AreaState[] {
  const out: AreaState[] = [];
  for (const site of index.areas) {
    const s = areaStateAt(index, site, t);
    if (s) out.push(s);
  }
  return out;
}

/** An area whose controller changed this recently is outlined, on the map and in pictures. */
export const RECENT_CHANGE_MS = 6 * HOUR;

/** True when the area's controller changed within `windowMs` before t. */
export function changedHandsRecently(state: AreaState, t: number, windowMs: number): boolean {
  return state.since !== null && state.since <= t && t - state.since < windowMs;
}
