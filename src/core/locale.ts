// Dates, clocks and numbers in the reader's language. English keeps the app's own wording ("21 April
// 2016"); Arabic uses the browser's Syrian Arabic (Levantine month names, Arabic-Indic digits);
// Kurmanji uses tables from CLDR, because browsers ship no Kurdish locale data.
import type { Lang } from './names';
import type { LocalParts } from './time';

/** The BCP 47 tag each language is formatted with. */
export const LOCALE_TAGS: Record<Lang, string> = { en: 'en-GB', ar: 'ar-SY', ku: 'ku' };

const KU_MONTHS = ['rêbendan', 'sibat', 'adar', 'nîsan', 'gulan', 'hezîran', 'tîrmeh', 'tebax', 'îlon', 'cotmeh', 'mijdar', 'berfanbar'];
const KU_WEEKDAYS_SHORT = ['yşm', 'dşm', 'sşm', 'çşm', 'pşm', 'înî', 'şem'];

const arDigits = new Map<string, Intl.NumberFormat>();
/** A whole number in Arabic-Indic digits, optionally zero-padded to two places. */
function arabicNumber(n: number, twoDigits = false): string {
  const key = twoDigits ? '2' : '1';
  let f = arDigits.get(key);
  if (!f) {
    f = new Intl.NumberFormat('ar-SY', { useGrouping: false, minimumIntegerDigits: twoDigits ? 2 : 1 });
    arDigits.set(key, f);
  }
  return f.format(n);
}

const arMonthNames: string[] = [];
function arabicMonth(month: number): string {
  if (arMonthNames.length === 0) {
    const f = new Intl.DateTimeFormat('ar-SY', { month: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) arMonthNames.push(f.format(new Date(Date.UTC(2001, m, 15))));
  }
  return arMonthNames[month - 1] ?? String(month);
}

const arWeekdays: string[] = [];
function arabicWeekday(weekday: number): string {
  if (arWeekdays.length === 0) {
    const f = new Intl.DateTimeFormat('ar-SY', { weekday: 'long', timeZone: 'UTC' });
    // 7 January 2001 was a Sunday.
    for (let d = 0; d < 7; d++) arWeekdays.push(f.format(new Date(Date.UTC(2001, 0, 7 + d))));
  }
  return arWeekdays[weekday] ?? '';
}

/** A month's name (1 for January): "نيسان" / "nîsan". */
export function localMonth(month: number, lang: Exclude<Lang, 'en'>): string {
  return lang === 'ar' ? arabicMonth(month) : KU_MONTHS[month - 1] ?? String(month);
}

/** "21 نيسان 2016" / "21 nîsan 2016" from local parts (English is formatted in time.ts). */
export function localDate(p: LocalParts, lang: Exclude<Lang, 'en'>): string {
  if (lang === 'ar') return `${arabicNumber(p.day)} ${localMonth(p.month, lang)} ${arabicNumber(p.year)}`;
  return `${p.day} ${localMonth(p.month, lang)} ${p.year}`;
}

/** A short weekday and day: "الخميس ٢١ نيسان" / "pşm 21 nîsan". `weekday` is 0 for Sunday. */
export function localShortDay(p: LocalParts, weekday: number, lang: Exclude<Lang, 'en'>): string {
  if (lang === 'ar') return `${arabicWeekday(weekday)} ${arabicNumber(p.day)} ${localMonth(p.month, lang)}`;
  return `${KU_WEEKDAYS_SHORT[weekday] ?? ''} ${p.day} ${localMonth(p.month, lang)}`;
}

/** "١٤:٣٠" / "14:30". */
export function localClock(p: LocalParts, lang: Exclude<Lang, 'en'>): string {
  if (lang === 'ar') return `${arabicNumber(p.hour, true)}:${arabicNumber(p.minute, true)}`;
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** A whole number with no grouping (a day of the month, a year), in the language's digits. */
export function plainNumber(n: number, lang: Lang): string {
  return lang === 'ar' ? arabicNumber(n) : String(n);
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
/** A count: "1,139", "١٬١٣٩", "1.139". */
export function formatCount(n: number, lang: Lang): string {
  if (lang === 'ku') return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS[lang]);
    numberFormats.set(lang, f);
  }
  return f.format(n);
}
