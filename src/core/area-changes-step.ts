// What changed per area over a range after one of its ends moved, from what changed before: only the
// areas with a change of control between the old end and the new one are read again (the control
// index says which, by binary search), the others keep their AreaChange. It gives exactly what
// areaChanges (changes.ts) gives, and the same array when no area's changes came or went.
import { areaChange, areaChanges, type AreaChange } from './changes';
import { lastAtOrBefore, type ControlIndex } from './control';
import type { TimeRange } from './time-range';

export interface AreaChangesStep {
  /** What changed over the range before the move: of the same index (the caller's to ensure). */
  previous: { range: TimeRange; areas: readonly AreaChange[] } | null;
  index: ControlIndex;
  range: TimeRange;
}

/** Every change's time, ascending, with its area; and each area's place in the index's order. Made once per index. */
interface ChangeLog {
  times: Float64Array;
  sites: string[];
  order: Map<string, number>;
}

const logs = new WeakMap<ControlIndex, ChangeLog>();

function changeLog(index: ControlIndex): ChangeLog {
  let log = logs.get(index);
  if (!log) {
    const all: { at: number; site: string }[] = [];
    for (const [site, track] of index.tracks) for (const at of track.times) all.push({ at, site });
    all.sort((a, b) => a.at - b.at);
    log = { times: Float64Array.from(all, (c) => c.at), sites: all.map((c) => c.site), order: new Map(index.areas.map((site, i) => [site, i])) };
    logs.set(index, log);
  }
  return log;
}

/** The areas with a change of control inside `range`, in the index's area order (as areaChanges). */
export function areaChangesAfter({ previous, index, range }: AreaChangesStep): AreaChange[] {
  if (!previous || previous.range.start !== range.start) return areaChanges(index, range);
  const log = changeLog(index);
  // Changes in (start, end]: only the areas with one between the two ends can differ.
  const lo = lastAtOrBefore(log.times, Math.min(previous.range.end, range.end)) + 1;
  const hi = lastAtOrBefore(log.times, Math.max(previous.range.end, range.end));
  if (hi < lo) return previous.areas as AreaChange[];
  const byArea = new Map(previous.areas.map((a) => [a.site, a]));
  for (const site of new Set(log.sites.slice(lo, hi + 1))) {
    const c = areaChange(index, site, range);
    if (c && c.changes.length > 0) byArea.set(site, c);
    else byArea.delete(site);
  }
  return [...byArea.values()].sort((a, b) => (log.order.get(a.site) as number) - (log.order.get(b.site) as number));
}
