// Which areas changed hands inside a range of time, and who held them before: what a range marks.
import { areaStateAt, type AreaState, type ControlIndex } from './control';

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
 * `from` belongs to the range before, so [a, b] then [b, c] count each change once.
 */
export function handsChangedIn(index: ControlIndex, from: number, to: number): HandsChanged[] {
  const out: HandsChanged[] = [];
  for (const site of index.areas) {
    const track = index.tracks.get(site);
    if (!track) continue;
    let count = 0;
    for (let i = 0; i < track.times.length; i++) {
      const at = track.times[i] as number;
      const state = track.states[i + 1] as AreaState;
      if (at > from && at <= to && state.controller !== (track.states[i] as AreaState).controller) count++;
    }
    const before = areaStateAt(index, site, from);
    const after = areaStateAt(index, site, to);
    if (count > 0 && before && after) out.push({ site, before, after, count });
  }
  return out;
}
