// The time a picture shows, as the timeline words it: a moment with its clock, a whole day, or a
// range's two ends (each a date where it is a day's bound); with "local time" and the zone's offset.
import type { Lang } from '../names';
import { startOfLocalDay, utcOffsetLabel } from '../time';
import { endOfLocalDay } from '../time-range';
import { formatLocalDate, formatLocalDateTime } from '../time-text';
import { TIME_WORDS } from '../time-words';
import { RENDER_WORDS } from './render-words';
import type { RenderView } from './view-contents';

/** The view's time without "local time": "21 April 2016, 12:00", "21 April 2016, the whole day", "20 April 2016 – 23 April 2016". */
export function viewTimeText(view: RenderView, timeZone: string, lang: Lang): string {
  const words = RENDER_WORDS[lang];
  const comma = TIME_WORDS[lang].comma;
  if (view.span === 'day') return `${formatLocalDate(view.time, timeZone, lang)}${comma}${words.wholeDay}`;
  if (view.span === 'range' && view.rangeStart !== undefined && view.rangeStart !== null) {
    const start = view.rangeStart;
    const end = view.time;
    const from = startOfLocalDay(start, timeZone) === start ? formatLocalDate(start, timeZone, lang) : formatLocalDateTime(start, timeZone, lang);
    const to = endOfLocalDay(end, timeZone) === end ? formatLocalDate(end, timeZone, lang) : formatLocalDateTime(end, timeZone, lang);
    // Each end isolated: in Arabic the dash must not reorder the digits and words of the two.
    return `${words.isolate(from)} – ${words.isolate(to)}`;
  }
  return formatLocalDateTime(view.time, timeZone, lang);
}

/** The heading's time: "21 April 2016, 12:00, local time (UTC+03:00)". */
export function viewTimeHeading(view: RenderView, timeZone: string, lang: Lang): string {
  return `${viewTimeText(view, timeZone, lang)}${TIME_WORDS[lang].comma}${RENDER_WORDS[lang].localTime} (${utcOffsetLabel(view.time, timeZone)})`;
}
