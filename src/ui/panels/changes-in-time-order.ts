// The changes of control of a range's areas as What changed lists them, in time order; when an end
// moves, from the list before: only the areas whose changes came, went or changed are read again,
// and merged into the others' (already in order), rather than every change sorted again at each step.
import type { AreaChange } from '../../core/changes';
import type { ControlChange } from '../../core/types';

/** A change as listed: its time, and whether its area was contested just before it. */
export interface TimedChange {
  change: ControlChange;
  at: number;
  wasContested: boolean;
  /** The area's changes it is one of (its place among them breaks ties of time). */
  area: AreaChange;
  k: number;
}

/** What a list was made from, and the list: the next one starts from it. */
export interface ChangeOrder {
  areas: readonly AreaChange[];
  changes: TimedChange[];
}

/** Each area's changes as listed, kept while the area's AreaChange is (most areas, as a range's end moves). */
const listed = new WeakMap<AreaChange, TimedChange[]>();

function changesOf(area: AreaChange): TimedChange[] {
  let list = listed.get(area);
  if (!list) {
    list = area.changes.map((change, k) => ({
      change, at: Date.parse(change.at), wasContested: k === 0 ? area.before.contested : (area.changes[k - 1] as ControlChange).contested, area, k,
    }));
    listed.set(area, list);
  }
  return list;
}

/**
 * Every change of `areas` in time order; ties keep the areas' order (the index's, which areas always
 * come in), then each area's own. `previous`, when given, is the order of other areas of the same index.
 */
export function changesInTimeOrder(areas: readonly AreaChange[], previous: ChangeOrder | null = null): TimedChange[] {
  if (previous?.areas === areas) return previous.changes;
  const now = new Set(areas);
  const before = new Set(previous?.areas);
  const added = areas.filter((a) => !before.has(a));
  // Array.prototype.sort is stable: equal times keep area order, then each area's own order.
  const fresh = added.flatMap(changesOf).sort((a, b) => a.at - b.at);
  if (!previous || added.length === areas.length) return fresh;
  const kept = previous.changes.filter((c) => now.has(c.area));
  if (fresh.length === 0) return kept;
  const rank = new Map(areas.map((a, i) => [a, i]));
  const first = (a: TimedChange, b: TimedChange) => a.at < b.at || (a.at === b.at && ((rank.get(a.area) as number) < (rank.get(b.area) as number)
    || (a.area === b.area && a.k < b.k)));
  const out: TimedChange[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length && j < fresh.length) out.push(first(fresh[j] as TimedChange, kept[i] as TimedChange) ? fresh[j++] as TimedChange : kept[i++] as TimedChange);
  while (i < kept.length) out.push(kept[i++] as TimedChange);
  while (j < fresh.length) out.push(fresh[j++] as TimedChange);
  return out;
}
