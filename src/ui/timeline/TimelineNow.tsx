// The moment shown, as sighted readers see it above the track (the slider says it to screen readers).
import { plainNumber } from '../../core/locale';
import { localParts, utcOffsetLabel } from '../../core/time';
import { formatLocalClock, formatShortDay } from '../../core/time-text';
import { TIME_WORDS } from '../../core/time-words';
import { useLang, useT } from '../use-t';

export interface TimelineNowProps {
  time: number;
  timeZone: string;
  /** A whole day is shown rather than a moment. */
  wholeDay: boolean;
}

export function TimelineNow({ time, timeZone, wholeDay }: TimelineNowProps) {
  const t = useT();
  const lang = useLang();
  return (
    <p class="timeline-now" aria-hidden="true">
      <strong>{formatShortDay(time, timeZone, lang)} {plainNumber(localParts(time, timeZone).year, lang)}{TIME_WORDS[lang].comma}{wholeDay ? t.wholeDay : formatLocalClock(time, timeZone, lang)}</strong>
      <span class="timeline-zone"> {t.localTime} ({utcOffsetLabel(time, timeZone)}, {timeZone})</span>
    </p>
  );
}
