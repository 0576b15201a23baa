// Which areas changed hands inside a range of time, and who held them before: what a range marks on
// the map. The same reading of the control index as the exports (changes.ts), so the two agree.
import { areaChanges, type AreaChange } from './changes';
import type { AreaState, ControlIndex } from './control';

/** An area that changed hands inside a range. */
export interface HandsChanged {
  site: string;
  /** Who held it as the range began (the controller marked as "was"). */
  before: AreaState;
  /** Who holds it at the range's end. */
  after: AreaState;
  /** How many times its controller changed inside the range. */
  count: number;
}

/**
 * Every area whose controller changed in (from, to], in the index's area order. A change exactly at
 * `from` is already in force on the range's first map, so [a, b] then [b, c] count each change once.
 */
export function handsChangedIn(index: ControlIndex, from: number, to: number): HandsChanged[] {
  return handsChangedOf(areaChanges(index, { start: from, end: to }));
}

/** The areas among these (what changed per area over a range) whose controller changed. */
export function handsChangedOf(areas: readonly AreaChange[]): HandsChanged[] {
  return areas
    .filter((c) => c.changedHands)
    .map((c) => ({ site: c.site, before: c.before, after: c.after, count: controllerChanges(c) }));
}

function controllerChanges(area: AreaChange): number {
  let count = 0;
  let holder = area.before.controller;
  for (const change of area.changes) {
    if (change.to !== holder) count++;
    holder = change.to;
  }
  return count;
}
