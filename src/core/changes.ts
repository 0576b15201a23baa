// What changed in each area over a range of time: the state at both ends and the changes of control
// in between, read from the control index by binary search (O(log n) per area, no scan of the data).
//
// What changed is every change of control in (start, end] (see TimeRange in time-range.ts): "before"
// is the state at `start`, as the map at `start` shows it, and "after" the state at `end`. So (a, b]
// followed by (b, c] is exactly (a, c]: the change lists concatenate and no change is counted twice.
import { lastAtOrBefore, type AreaState, type ControlIndex } from './control';
import type { TimeRange } from './time-range';
import type { ControlChange } from './types';

export type { TimeRange };

/** One area over a range: its state at both ends and its changes of control inside, in order. */
export interface AreaChange {
  site: string;
  before: AreaState;
  after: AreaState;
  /** The area's change records in the range, in time order (changes of controller or of the contested flag). */
  changes: ControlChange[];
  /** True when the controller changed at least once inside the range (even if it came back). */
  changedHands: boolean;
}

/** One area over the range, or undefined for an unknown area. */
export function areaChange(index: ControlIndex, site: string, range: TimeRange): AreaChange | undefined {
  const track = index.tracks.get(site);
  if (!track) return undefined;
  // states[k + 1] holds from times[k]: the changes in the range are those with start < time <= end.
  const first = lastAtOrBefore(track.times, range.start) + 1;
  const last = Math.max(first - 1, lastAtOrBefore(track.times, range.end));
  const states = track.states.slice(first, last + 2);
  let changedHands = false;
  for (let k = 1; k < states.length; k++) {
    if ((states[k] as AreaState).controller !== (states[k - 1] as AreaState).controller) changedHands = true;
  }
  return {
    site,
    before: states[0] as AreaState,
    after: states[states.length - 1] as AreaState,
    changes: states.slice(1).map((s) => s.change as ControlChange),
    changedHands,
  };
}

/**
 * The areas with at least one change of control inside the range, in the index's area order. Every
 * area whose controller or contested state differs between the ends is among them; an area left out
 * is in the same state at both ends.
 */
export function areaChanges(index: ControlIndex, range: TimeRange): AreaChange[] {
  const out: AreaChange[] = [];
  for (const site of index.areas) {
    const c = areaChange(index, site, range);
    if (c && c.changes.length > 0) out.push(c);
  }
  return out;
}

/** Every change of the given areas in one list, in time order (ties in area order, then record order). */
export function changesInOrder(areas: readonly AreaChange[]): { area: AreaChange; change: ControlChange }[] {
  const all = areas.flatMap((area) => area.changes.map((change) => ({ area, change, at: Date.parse(change.at) })));
  // Array.prototype.sort is stable: equal times keep area order, then each area's own order.
  return all.sort((a, b) => a.at - b.at).map(({ area, change }) => ({ area, change }));
}
