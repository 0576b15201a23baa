// The two ends a reader names ("from 20 April to 23 April", "from 11:00 to 15:30") as a half-open
// range of time. Both named ends are inside: a day as its first end means its start and as its last
// end the whole of it; a moment as its last end includes that moment (a change at 15:30 is in a range
// "to 15:30", as the map at 15:30 shows it).
import type { TimeRange } from './changes';
import { fromLocalParts, localParts } from './time';

/** A named end, as parseMoment reads it. */
export interface RangeEnd {
  ms: number;
  wholeDay: boolean;
}

/** The range from the first end to the last, both inside. */
export function rangeOfEnds(first: RangeEnd, last: RangeEnd, timeZone: string): TimeRange {
  return { start: first.ms, end: last.wholeDay ? nextLocalMidnight(last.ms, timeZone) : last.ms + 1 };
}

/** The local midnight that ends the day beginning at `dayStart` (23 or 25 hours later across a clock change). */
function nextLocalMidnight(dayStart: number, timeZone: string): number {
  const p = localParts(dayStart, timeZone);
  return fromLocalParts({ year: p.year, month: p.month, day: p.day + 1, hour: 0, minute: 0 }, timeZone);
}
