// Dates as the codebooks' exports write them: ACLED's several forms, UCDP's date-times at midnight.

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month by its English name or first three letters ("April", "apr"), 1–12; 0 when it is neither. */
function monthNumber(name: string): number {
  const n = name.toLowerCase();
  const i = MONTHS.findIndex((m) => m === n || (n.length === 3 && m.startsWith(n)) || (n === 'sept' && m === 'september'));
  return i + 1;
}

/** The date when it exists in the calendar (no 31 April), else null. */
function realDate(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !leap(year) ? 1 : 0);
  return day <= last ? { year, month, day } : null;
}

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const WORDS = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})$/;

/** ACLED's event_date: 2016-04-21, 21 April 2016, 21-April-2016 or 21 Apr 2016; null for anything else. */
export function readAcledDate(text: string): CalendarDate | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const words = WORDS.exec(t);
  if (words) return realDate(Number(words[3]), monthNumber(words[2] ?? ''), Number(words[1]));
  return null;
}

const UCDP = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?$/;

/** UCDP's date_start and date_end: 2016-04-21, or 2016-04-21 00:00:00.000 (the date part is the date). */
export function readUcdpDate(text: string): CalendarDate | null {
  const m = UCDP.exec(text.trim());
  return m ? realDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Days from one date to another (negative when the second is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}
