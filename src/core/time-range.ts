// A range of time as links, host messages and the command line write it: an ISO 8601 interval
// "start/end" in the dataset's local time, either end a day or a moment (with or without offset).
import { fromLocalParts, localParts, parseMoment, toLocalLinkForm } from './time';

/**
 * A range in epoch ms, both ends included: a day given as the end means up to its last moment. The
 * range runs from the map at `start` to the map at `end`, so what changed over it is every change of
 * control in (start, end]: one at `start` is already in force on the first map. [a, b] followed by
 * [b, c] then counts each change once. Incidents of the range are those in force at any moment of it.
 */
export interface TimeRange {
  start: number;
  end: number;
}

/** An end as a reader names it (parseMoment reads it so): a moment, or a whole day. */
export interface RangeEnd {
  ms: number;
  wholeDay: boolean;
}

/** What reading an interval gives: the range, or what is wrong with it (as a link problem says it). */
export type RangeReading = { range: TimeRange } | { code: 'badRange'; part: 'start' | 'end' } | { code: 'rangeReversed' };

/** True when the text is meant as an interval (it has the "/" between two ends). */
export const isInterval = (text: string): boolean => text.includes('/');

/** The last moment of the local day that contains `ms`. */
export function endOfLocalDay(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  return fromLocalParts({ year: p.year, month: p.month, day: p.day + 1, hour: 0, minute: 0 }, timeZone) - 1;
}

/** Reads "a/b": a day as the start means its first moment, a day as the end its last. */
export function parseRange(text: string, timeZone: string): RangeReading {
  const parts = text.split('/');
  const from = parseMoment(parts[0] as string, timeZone);
  if (!from) return { code: 'badRange', part: 'start' };
  const to = parts.length === 2 ? parseMoment(parts[1] as string, timeZone) : null;
  if (!to) return { code: 'badRange', part: 'end' };
  const range = rangeOfEnds(from, to, timeZone);
  return range.end < range.start ? { code: 'rangeReversed' } : { range };
}

/** The range between two named ends: a day as the first end means its first moment, as the last its last. */
export function rangeOfEnds(first: RangeEnd, last: RangeEnd, timeZone: string): TimeRange {
  return { start: first.ms, end: last.wholeDay ? endOfLocalDay(last.ms, timeZone) : last.ms };
}

/** The interval as links write it: an end that falls on a day's bounds is written as the day. */
export function rangeLinkForm(range: TimeRange, timeZone: string): string {
  // Written to the minute: a start in the day's first minute is written as the day (the same moment, read back).
  const p = localParts(range.start, timeZone);
  const startIsDay = p.hour === 0 && p.minute === 0;
  const endIsDay = endOfLocalDay(range.end, timeZone) === range.end;
  return `${toLocalLinkForm(range.start, timeZone, startIsDay)}/${toLocalLinkForm(range.end, timeZone, endIsDay)}`;
}
