// Times known only to the week, the month or the year (as codebooks date events), worded so that
// none reads as a day: "week of 21 April 2016", "April 2016", "sometime between 3 and 9 April 2016".
// Apart from time-text.ts so that the first load (which shows none) carries none of these words.
import type { Lang } from './names';
import { plainNumber } from './locale';
import { localParts } from './time';
import { formatLocalDate } from './time-text';

export type CoarsePrecision = 'week' | 'month' | 'year';

interface CoarseWords {
  weekOf: (date: string) => string;
  sometimeBetween: (from: string, to: string) => string;
}

// Arabic and Kurmanji in plain, neutral forms ("the week of", "at some time between").
const WORDS: Record<Lang, CoarseWords> = {
  en: { weekOf: (d) => `week of ${d}`, sometimeBetween: (a, b) => `sometime between ${a} and ${b}` },
  ar: { weekOf: (d) => `أسبوع ${d}`, sometimeBetween: (a, b) => `في وقت ما بين ${a} و${b}` },
  ku: { weekOf: (d) => `hefteya ${d}`, sometimeBetween: (a, b) => `demekê di navbera ${a} û ${b} de` },
};

export const isCoarse = (p: string): p is CoarsePrecision => p === 'week' || p === 'month' || p === 'year';

/** "April 2016", "نيسان ٢٠١٦", "nîsan 2016": the local date without its day. */
export function formatLocalMonth(ms: number, timeZone: string, lang: Lang = 'en'): string {
  return formatLocalDate(ms, timeZone, lang).replace(/^\S+ /, '');
}

/** The period the precision names, as a reader reads it: the week's is the day it holds (codebooks give no other). */
function period(ms: number, precision: CoarsePrecision, timeZone: string, lang: Lang): string {
  if (precision === 'year') return plainNumber(localParts(ms, timeZone).year, lang);
  if (precision === 'month') return formatLocalMonth(ms, timeZone, lang);
  return formatLocalDate(ms, timeZone, lang);
}

/**
 * A time known only to the week, month or year: the period that holds `start`, or, with an `end` in
 * another period, the earliest and latest periods it may fall in.
 */
export function describeCoarseTime(start: number, end: number | undefined, precision: CoarsePrecision, timeZone: string, lang: Lang = 'en'): string {
  const words = WORDS[lang];
  const first = period(start, precision, timeZone, lang);
  const last = end === undefined || end <= start ? first : period(end, precision, timeZone, lang);
  if (precision === 'week') return last === first ? words.weekOf(first) : words.sometimeBetween(first, last);
  return last === first ? first : words.sometimeBetween(first, last);
}
