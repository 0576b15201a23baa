// The timeline of a loaded dataset: the moment shown, playback, the track and its day buttons.
import { useCallback, useMemo, useRef } from 'preact/hooks';
import type { DatasetIndex } from '../../core/dataset-index';
import { localMidnights, startOfLocalDay } from '../../core/time';
import type { Dataset } from '../../core/types';
import { selectTimeZone } from '../../store/selectors';
import { useApp, useAppStore } from '../store-context';
import { useLang, useT } from '../use-t';
import { TimelineControls } from './TimelineControls';
import { TimeSlider } from './TimeSlider';
import { TimelineNow } from './TimelineNow';
import { useElementWidth } from './use-element-width';
import { lazyComponent } from '../lazy';

// On screen from the start, but not needed for the first map: its code loads once the map is drawn.
const DayButtons = lazyComponent(() => import('./DayButtons').then((m) => m.DayButtons), { afterMap: true });
// Only a range shows it: it loads with the range's handles.
const TimelineRangeNow = lazyComponent(() => import('./range-parts').then((m) => m.TimelineRangeNow));

export interface TimelineSectionProps {
  dataset: Dataset;
  index: DatasetIndex;
}

export function TimelineSection({ dataset, index }: TimelineSectionProps) {
  const store = useAppStore();
  const time = useApp((s) => s.time);
  const span = useApp((s) => s.span);
  const timeZone = useApp(selectTimeZone);
  const trackRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(trackRef, 640);
  const t = useT();
  const lang = useLang();
  const midnights = useMemo(() => localMidnights(dataset.start, dataset.end, timeZone), [dataset, timeZone]);
  // Kept the same between steps, so the day buttons are not re-rendered on each.
  const showDay = useCallback((m: number) => { store.getState().setPlaying(false); store.getState().showDay(m); }, [store]);
  const currentDay = span === 'day' ? startOfLocalDay(time, timeZone) : null;
  const rangeStart = useApp((s) => (s.span === 'range' ? s.rangeStart : null));

  return (
    <section class="timeline" aria-label={t.timeline}>
      <div class="timeline-head">
        {rangeStart !== null ? <TimelineRangeNow start={rangeStart} end={time} timeZone={timeZone} />
          : <TimelineNow time={time} timeZone={timeZone} wholeDay={currentDay !== null} />}
        <TimelineControls />
      </div>
      <TimeSlider trackRef={trackRef} dataset={dataset} index={index} midnights={midnights} width={width} time={time} timeZone={timeZone} currentDay={currentDay} rangeStart={rangeStart} />
      <DayButtons midnights={midnights} start={dataset.start} end={dataset.end} width={width} timeZone={timeZone} lang={lang}
        showAllOf={t.showAllOf} currentDay={currentDay} onShowDay={showDay} />
    </section>
  );
}
