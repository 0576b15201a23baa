// Which days the timeline labels, and how, when its days are too narrow for a label each: days on
// the calendar's own steps (the 1st, 8th, 15th and 22nd; the 1st and 16th; each month's first; each
// quarter's), the first of a month named by its month and January's by its year, as a reader of a
// year of events expects, where every 13th day from the first read "1 14 27 9 22" with no month.
import { plainNumber } from './locale';
import type { Lang } from './names';
import { localParts } from './time';
import { formatShortDay, formatShortMonth } from './time-text';

/** What a label shows: the weekday and date ("Sat 14 Aug"), the day's number, its month's name, or its year. */
export type DayMarkKind = 'weekday' | 'day' | 'month' | 'year';

export interface DayMark {
  /** The day's local midnight. */
  at: number;
  kind: DayMarkKind;
}

/**
 * Days of the month labelled when every nth day would be: each set's days lie at least `gap` days
 * apart, across a month's end too (the last day listed to the next 1st, February's 28 days included).
 */
const DAY_SETS: readonly { gap: number; days: readonly number[] }[] = [
  { gap: 2, days: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27] },
  { gap: 3, days: [1, 4, 7, 10, 13, 16, 19, 22, 25] },
  { gap: 4, days: [1, 7, 13, 19, 25] },
  { gap: 7, days: [1, 8, 15, 22] },
  { gap: 13, days: [1, 16] },
  { gap: 28, days: [1] },
];
/** Months a year apart at most, then years: the first of every nth month (n dividing 12, so each year starts alike). */
const MONTH_STEPS = [2, 3, 6, 12] as const;
/** A month is at least this many days (February), so n months are at least n times it. */
const SHORTEST_MONTH = 28;
const SHORTEST_YEAR = 365;

export interface DayMarksInput {
  /** Each local midnight of the timeline, in order. */
  midnights: readonly number[];
  /** The timeline's end: a midnight at or after it gets no label. */
  end: number;
  /** A day's width on the track, in pixels. */
  dayWidth: number;
  /**
   * In pixels: the least room for a day's number (where every day has it, every day is labelled); the
   * room a month's name or a year needs, kept between labels on the calendar's steps; and the room in
   * which a label shows its weekday and date.
   */
  minWidth: number;
  nameWidth: number;
  wideWidth: number;
  timeZone: string;
}

/** The days the timeline labels, each with what its label shows, and the room each label has (the least distance between two). */
export function dayMarks({ midnights, end, dayWidth, minWidth, nameWidth, wideWidth, timeZone }: DayMarksInput): { marks: DayMark[]; room: number } {
  const { gap, labels } = calendarStep(minWidth <= dayWidth ? 1 : Math.ceil(Math.max(minWidth, nameWidth) / dayWidth));
  // A day's weekday and date where the labels are days apart; months and years go by their names.
  const wide = gap * dayWidth > wideWidth && gap < SHORTEST_MONTH;
  const marks: DayMark[] = [];
  for (const at of midnights) {
    if (at >= end) break;
    const { day, month, year } = localParts(at, timeZone);
    if (labels(day, month, year)) marks.push({ at, kind: wide ? 'weekday' : day !== 1 ? 'day' : month === 1 ? 'year' : 'month' });
  }
  return { marks, room: gap * dayWidth };
}

/** The densest step whose labels lie at least `every` days apart, and which days it labels. */
function calendarStep(every: number): { gap: number; labels: (day: number, month: number, year: number) => boolean } {
  if (every <= 1) return { gap: 1, labels: () => true };
  const set = DAY_SETS.find((s) => s.gap >= every);
  if (set) return { gap: set.gap, labels: (day) => set.days.includes(day) };
  const months = MONTH_STEPS.find((n) => n * SHORTEST_MONTH >= every);
  if (months) return { gap: months * SHORTEST_MONTH, labels: (day, month) => day === 1 && (month - 1) % months === 0 };
  const years = niceStep(Math.ceil(every / SHORTEST_YEAR));
  return { gap: years * SHORTEST_YEAR, labels: (day, month, year) => day === 1 && month === 1 && year % years === 0 };
}

/** The least of 1, 2, 5, 10, 20, 50, … that is at least n: years counted in round steps. */
function niceStep(n: number): number {
  for (let power = 1; ; power *= 10) for (const step of [1, 2, 5]) if (step * power >= n) return step * power;
}

/** A mark's label: "Sat 14 Aug", "14", "Aug" or "2021", in the language's words and digits. */
export function dayMarkText({ at, kind }: DayMark, timeZone: string, lang: Lang): string {
  if (kind === 'weekday') return formatShortDay(at, timeZone, lang);
  const { day, month, year } = localParts(at, timeZone);
  if (kind === 'day') return plainNumber(day, lang);
  if (kind === 'year') return plainNumber(year, lang);
  return formatShortMonth(month, lang);
}
