// Times as readers read them, in their language: dates, clocks, and a record's time as precise as
// its source allows.
import { localClock, localDate, localMonth, localShortDay } from './locale';
import type { Lang } from './names';
import { localParts, startOfLocalDay } from './time';
import { TIME_WORDS } from './time-words';
import type { PartOfDay, TimePrecision } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "21 April 2016" (or in Arabic or Kurmanji). */
export function formatLocalDate(ms: number, timeZone: string, lang: Lang = 'en'): string {
  const p = localParts(ms, timeZone);
  if (lang !== 'en') return localDate(p, lang);
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "Thu 21 Apr". */
export function formatShortDay(ms: number, timeZone: string, lang: Lang = 'en'): string {
  const p = localParts(ms, timeZone);
  const weekdayIndex = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  if (lang !== 'en') return localShortDay(p, weekdayIndex, lang);
  const weekday = WEEKDAYS[weekdayIndex] ?? '';
  return `${weekday.slice(0, 3)} ${p.day} ${formatShortMonth(p.month, lang)}`;
}

/** A month's name as a short label (1 for January): "Apr"; Arabic's and Kurmanji's in full. */
export function formatShortMonth(month: number, lang: Lang = 'en'): string {
  return lang === 'en' ? (MONTHS[month - 1] ?? '').slice(0, 3) : localMonth(month, lang);
}

/** "14:30". */
export function formatLocalClock(ms: number, timeZone: string, lang: Lang = 'en'): string {
  const p = localParts(ms, timeZone);
  if (lang !== 'en') return localClock(p, lang);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "21 April 2016, 14:30". */
export function formatLocalDateTime(ms: number, timeZone: string, lang: Lang = 'en'): string {
  return `${formatLocalDate(ms, timeZone, lang)}${TIME_WORDS[lang].comma}${formatLocalClock(ms, timeZone, lang)}`;
}

export interface TimedRecord {
  time_precision: TimePrecision;
  part_of_day?: PartOfDay | undefined;
}

/** A record's time as precise as its source allows: "21 April 2016, afternoon", "about 11:00". */
export function describeTime(start: number, end: number | undefined, rec: TimedRecord, timeZone: string, lang: Lang = 'en'): string {
  const first = describeInstant(start, rec, timeZone, lang);
  if (end === undefined || end <= start) return first;
  const sameDay = startOfLocalDay(start, timeZone) === startOfLocalDay(end, timeZone);
  if (rec.time_precision === 'day') {
    return sameDay ? first : TIME_WORDS[lang].between(formatLocalDate(start, timeZone, lang), formatLocalDate(end, timeZone, lang));
  }
  return sameDay ? `${first} – ${formatLocalClock(end, timeZone, lang)}` : `${first} – ${formatLocalDateTime(end, timeZone, lang)}`;
}

function describeInstant(ms: number, rec: TimedRecord, timeZone: string, lang: Lang): string {
  const words = TIME_WORDS[lang];
  const date = formatLocalDate(ms, timeZone, lang);
  const clock = formatLocalClock(ms, timeZone, lang);
  switch (rec.time_precision) {
    case 'minute': return `${date}${words.comma}${clock}`;
    case 'hour': return `${date}${words.comma}${clock} ${words.toTheHour}`;
    case 'approximate': return `${date}${words.comma}${words.about(clock)}`;
    case 'part_of_day': return `${date}${words.comma}${rec.part_of_day ? words.partOfDay[rec.part_of_day] : words.partOfDayUnknown}`;
    case 'day': return `${date} ${words.dayUnknown}`;
  }
}
