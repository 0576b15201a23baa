// What changed in each area over a range of time: the state at both ends and the changes of control
// in between, read from the control index by binary search (O(log n) per area, no scan of the data).
//
// A range is half-open, [start, end): a change at `start` is inside it (it is what the range begins
// with), a change at `end` is not (it belongs to the range that begins there). So [a, b) followed by
// [b, c) is exactly [a, c): the change lists concatenate and no change is counted twice. "Before" is
// the state just before `start`, "after" the state just before `end`, which is the state at `end - 1`
// as control.ts reads it (a change at t is in force at t). rangeOfEnds (range-ends.ts) turns the ends
// a reader names ("to 23 April", "to 15:30", both inside) into this form.
import type { AreaState, ControlIndex } from './control';
import type { ControlChange } from './types';

/** A range of time in epoch ms: `start` inside, `end` outside. */
export interface TimeRange {
  start: number;
  end: number;
}

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

/** Index of the last element < t in a sorted array, or -1 when none is earlier. */
export function lastBefore(sorted: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** One area over the range, or undefined for an unknown area. */
export function areaChange(index: ControlIndex, site: string, range: TimeRange): AreaChange | undefined {
  const track = index.tracks.get(site);
  if (!track) return undefined;
  // states[k + 1] holds from times[k]: the changes in the range are those with start <= time < end.
  const first = lastBefore(track.times, range.start) + 1;
  const last = Math.max(first - 1, lastBefore(track.times, range.end));
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
