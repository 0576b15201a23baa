// A range as the timeline's heading words it: its two ends, each as short as the other allows
// ("Thu 21 Apr 2016, 10:00" – "16:00"), or one day named whole. Loaded with the heading, on demand.
import { plainNumber } from '../../core/locale';
import type { Lang } from '../../core/names';
import { localParts, startOfLocalDay } from '../../core/time';
import { endOfLocalDay, type TimeRange } from '../../core/time-range';
import { formatLocalClock, formatShortDay } from '../../core/time-text';
import { TIME_WORDS } from '../../core/time-words';

/** The two ends' words, to be set apart (isolated) either side of a dash; or a single day's. */
export type RangeHeadingParts = { from: string; to: string } | { day: string };

export interface RangeHeadingOptions {
  timeZone: string;
  lang: Lang;
  /** "whole day", in the reader's language. */
  wholeDay: string;
}

/** Words made, by what they say: a range's start keeps its words while its end moves, step after step. */
const made = new Map<string, string>();

function remembered(key: string, make: () => string): string {
  let text = made.get(key);
  if (text === undefined) {
    if (made.size >= 64) made.clear();
    made.set(key, (text = make()));
  }
  return text;
}

export function rangeHeadingParts({ start, end }: TimeRange, { timeZone, lang, wholeDay }: RangeHeadingOptions): RangeHeadingParts {
  const comma = TIME_WORDS[lang].comma;
  // As the moment's heading (TimelineNow) writes a date: "Thu 21 Apr 2016".
  const date = (ms: number) => remembered(`d ${ms} ${timeZone} ${lang}`, () => `${formatShortDay(ms, timeZone, lang)} ${plainNumber(localParts(ms, timeZone).year, lang)}`);
  const dateTime = (ms: number) => remembered(`t ${ms} ${timeZone} ${lang}`, () => `${date(ms)}${comma}${formatLocalClock(ms, timeZone, lang)}`);
  // A range of whole days is named by its dates alone, as a link writes such ends (rangeLinkForm).
  const wholeDays = startOfLocalDay(start, timeZone) === start && endOfLocalDay(end, timeZone) === end;
  const sameDay = startOfLocalDay(start, timeZone) === startOfLocalDay(end, timeZone);
  if (wholeDays) return sameDay ? { day: `${date(start)}${comma}${wholeDay}` } : { from: date(start), to: date(end) };
  return { from: dateTime(start), to: sameDay ? formatLocalClock(end, timeZone, lang) : dateTime(end) };
}
