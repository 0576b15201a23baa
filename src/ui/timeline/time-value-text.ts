// What a screen reader hears for the moment on the timeline's slider.
import { LOCALE_TAGS } from '../../core/locale';
import type { Lang } from '../../core/names';
import { startOfLocalDay, utcOffsetLabel } from '../../core/time';
import { formatLocalDate, formatLocalDateTime } from '../../core/time-text';
import { endOfLocalDay, type TimeRange } from '../../core/time-range';
import { TIME_WORDS } from '../../core/time-words';

// Making a date format is slow (a fraction of a millisecond): one per language and zone, kept.
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();
function weekdayFormat(lang: Lang, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone}`;
  let f = weekdayFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_TAGS[lang], { weekday: 'long', timeZone });
    weekdayFormats.set(key, f);
  }
  return f;
}

/** "Thursday 21 April 2016, 12:00, local time (UTC+03:00)". */
export function timeValueText(ms: number, timeZone: string, lang: Lang = 'en', localTime = 'local time'): string {
  const weekday = lang === 'ku' ? '' : `${weekdayFormat(lang, timeZone).format(new Date(ms))} `;
  return `${weekday}${formatLocalDateTime(ms, timeZone, lang)}${TIME_WORDS[lang].comma}${localTime} (${utcOffsetLabel(ms, timeZone)})`;
}

/** "20 April 2016 – 23 April 2016": a range, each end a date where it is a day's bound, else a date and time. */
export function rangeValueText({ start, end }: TimeRange, timeZone: string, lang: Lang = 'en'): string {
  const from = startOfLocalDay(start, timeZone) === start ? formatLocalDate(start, timeZone, lang) : formatLocalDateTime(start, timeZone, lang);
  const to = endOfLocalDay(end, timeZone) === end ? formatLocalDate(end, timeZone, lang) : formatLocalDateTime(end, timeZone, lang);
  return `${from} – ${to}`;
}
