// The timeline's track as a keyboard and pointer slider over the dataset's extent.
import type { RefObject } from 'preact';
import { MINUTE } from '../../core/time';
import { formatLocalDate } from '../../core/time-text';
import type { DatasetIndex } from '../../core/dataset-index';
import type { Dataset } from '../../core/types';
import { selectActorsById } from '../../store/selectors';
import { useApp } from '../store-context';
import { useLang, useT } from '../use-t';
import { DayBand } from './DayBand';
import { TimelineBackdrop } from './TimelineBackdrop';
import { TimelineHandle } from './TimelineHandle';
import { rangeValueText, timeValueText } from './time-value-text';
import { xOn } from './track-geometry';
import { useSliderInput } from './use-slider-input';
import { lazyComponent } from '../lazy';

// Only a range shows its end handles: their code loads then.
const RangeHandles = lazyComponent(() => import('./range-parts').then((m) => m.RangeHandles));

export interface TimeSliderProps {
  /** The track, which the parent measures (the day buttons share its width). */
  trackRef: RefObject<HTMLDivElement | null>;
  dataset: Dataset;
  index: DatasetIndex;
  midnights: number[];
  width: number;
  time: number;
  timeZone: string;
  /** The start of the day shown whole, if one is. */
  currentDay: number | null;
  /** The start of the range shown (which ends at `time`), if one is. */
  rangeStart?: number | null;
}

export function TimeSlider({ trackRef, dataset, index, midnights, width, time, timeZone, currentDay, rangeStart = null }: TimeSliderProps) {
  const { start, end } = dataset;
  const actors = useApp(selectActorsById);
  const t = useT();
  const lang = useLang();
  const extent = { start, end, width };
  const hx = xOn(time, extent);
  const input = useSliderInput({ trackRef, start, end, time, rangeStart, handleX: hx });
  // The range handles are the track's siblings: a slider cannot hold other controls.
  return (
    <div class="timeline-slider">
      <div
        ref={trackRef}
        // Time runs left to right in every language (as on the map's own axis); arrows keep their meaning.
        dir="ltr"
        class="timeline-track"
        role="slider"
        tabIndex={0}
        aria-label={t.timeShown}
        // Shift with the arrows or Page keys makes or extends a range, Escape clears it (README, Timeline).
        aria-keyshortcuts="Shift+ArrowLeft Shift+ArrowRight Shift+PageUp Shift+PageDown Escape"
        aria-valuemin={0}
        aria-valuemax={Math.round((end - start) / MINUTE)}
        aria-valuenow={Math.round((time - start) / MINUTE)}
        aria-valuetext={rangeStart !== null ? rangeValueText({ start: rangeStart, end: time }, timeZone, lang)
          : currentDay === null ? timeValueText(time, timeZone, lang, t.localTime) : t.wholeDayValue(formatLocalDate(time, timeZone, lang))}
        {...input}
      >
        <TimelineBackdrop dataset={dataset} index={index} midnights={midnights} width={width} actors={actors} />
        {rangeStart !== null ? <DayBand from={xOn(rangeStart, extent)} to={hx} />
          : currentDay === null ? null : <DayBand from={xOn(Math.max(start, currentDay), extent)} to={hx} />}
        <TimelineHandle x={hx} />
      </div>
      {rangeStart !== null ? <RangeHandles trackRef={trackRef} extent={extent} rangeStart={rangeStart} rangeEnd={time} timeZone={timeZone} /> : null}
    </div>
  );
}
