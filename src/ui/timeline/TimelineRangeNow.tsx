// The range shown, as sighted readers see it above the track in place of a moment (the slider says
// it to screen readers). Loaded on demand: only a range shows it.
import { utcOffsetLabel } from '../../core/time';
import { useLang, useT } from '../use-t';
import { rangeHeadingParts } from './range-heading-parts';
import './timeline-range-now.css';

export interface TimelineRangeNowProps {
  start: number;
  end: number;
  timeZone: string;
}

export function TimelineRangeNow({ start, end, timeZone }: TimelineRangeNowProps) {
  const t = useT();
  const lang = useLang();
  const parts = rangeHeadingParts({ start, end }, { timeZone, lang, wholeDay: t.wholeDay });
  return (
    <p class="timeline-now is-range" aria-hidden="true">
      {/* Each end isolated, so that in a right-to-left page the dash cannot reorder their digits and words. */}
      <strong>{'day' in parts ? parts.day : <><bdi>{parts.from}</bdi> – <bdi>{parts.to}</bdi></>}</strong>
      <span class="timeline-zone"> {t.localTime} ({utcOffsetLabel(end, timeZone)}, {timeZone})</span>
    </p>
  );
}
