// The timeline: a keyboard slider over the dataset's extent with ticks, marks, density and playback.
import { TIME_WORDS } from '../../core/time-words';
import { createRef } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { INCIDENT_LAYER, INCIDENT_LAYERS, type IncidentLayer } from '../../core/incidents';
import { binCounts } from '../../core/histogram';
import { DAY, HOUR, MINUTE, localMidnights, localParts, startOfLocalDay, utcOffsetLabel } from '../../core/time';
import { formatLocalClock, formatLocalDate, formatLocalDateTime, formatShortDay } from '../../core/time-text';
import { selectActorsById, selectTimeZone } from '../../store/selectors';
import type { Actor, Dataset, Incident } from '../../core/types';
import { PureComponent } from '../PureComponent';
import { useApp, useAppStore } from '../store-context';
import { useLang, useT } from '../use-t';
import { LOCALE_TAGS, plainNumber } from '../../core/locale';
import type { Lang } from '../../core/names';
import { drawTrackMarks } from './draw-marks';
import { PlaybackControls } from './PlaybackControls';
import { useElementWidth } from './use-element-width';

const HEIGHT = 94;
const PAD = 14;
const HIST_TOP = 18;
const HIST_HEIGHT = 26;
/** Each incident layer has its own row of marks, so none hides another. */
const MARK_ROW_TOP = 50;
const MARK_ROW_GAP = 6;
const CHANGE_ROW = 78;
const SNAP_MS = 5 * MINUTE;
/** Narrower days than this share their button with their neighbours. */
const MIN_DAY_BUTTON_WIDTH = 30;


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

/** "Thursday 21 April 2016, 12:00, local time (UTC+03:00)": what a screen reader hears. */
export function timeValueText(ms: number, timeZone: string, lang: Lang = 'en', localTime = 'local time'): string {
  const weekday = lang === 'ku' ? '' : `${weekdayFormat(lang, timeZone).format(new Date(ms))} `;
  return `${weekday}${formatLocalDateTime(ms, timeZone, lang)}${TIME_WORDS[lang].comma}${localTime} (${utcOffsetLabel(ms, timeZone)})`;
}

export function Timeline() {
  const store = useAppStore();
  const dataset = useApp((s) => s.dataset);
  const index = useApp((s) => s.index);
  const time = useApp((s) => s.time);
  const shownSpan = useApp((s) => s.span);
  const timeZone = useApp(selectTimeZone);
  const actors = useApp(selectActorsById);
  const trackRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(trackRef, 640);
  const dragging = useRef(false);
  const t = useT();
  const lang = useLang();

  const start = dataset?.start ?? 0;
  const end = dataset?.end ?? 1;
  const span = end - start;
  const x = (t: number) => xOn(t, start, end, width);

  const scale = useMemo((): Scale | null => {
    if (!index) return null;
    const midnights = localMidnights(start, end, timeZone);
    const counts = binCounts(index.incidents.starts, start, end, HOUR);
    const max = Math.max(1, ...counts);
    // One mark per hour and layer, however many incidents: the histogram carries the numbers.
    // One pass over the incidents marks which hours each layer has something in.
    const hours = counts.length;
    const used = INCIDENT_LAYERS.map(() => new Uint8Array(hours));
    const { incidents, starts } = index.incidents;
    for (let i = 0; i < incidents.length; i++) {
      const t = starts[i] as number;
      if (t < start || t > end) continue;
      const row = used[INCIDENT_LAYERS.indexOf(INCIDENT_LAYER[(incidents[i] as Incident).type])];
      if (row) row[Math.min(hours - 1, Math.floor((t - start) / HOUR))] = 1;
    }
    const marks: { layer: IncidentLayer; hour: number }[] = [];
    INCIDENT_LAYERS.forEach((layer, k) => used[k]?.forEach((u, hour) => { if (u) marks.push({ layer, hour }); }));
    return { midnights, counts, max, marks };
  }, [index, start, end, timeZone]);

  if (!dataset || !index || !scale) return null;

  const timeAt = (clientX: number) => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return time;
    const frac = Math.min(1, Math.max(0, (clientX - rect.left - PAD) / (rect.width - 2 * PAD)));
    return start + Math.round((frac * span) / SNAP_MS) * SNAP_MS;
  };
  const setTime = (t: number) => store.getState().setTime(t);
  const dayStartOf = (t: number) => startOfLocalDay(t, timeZone);
  const showDay = useMemo(() => (m: number) => { store.getState().setPlaying(false); store.getState().showDay(m); }, [store]);

  const onKeyDown = (e: KeyboardEvent) => {
    const steps: Record<string, number> = {
      ArrowRight: HOUR, ArrowUp: HOUR, ArrowLeft: -HOUR, ArrowDown: -HOUR, PageUp: DAY, PageDown: -DAY,
    };
    let next: number | undefined;
    if (e.key in steps) next = time + (steps[e.key] as number) * (e.shiftKey && e.key.startsWith('Arrow') ? 0.25 : 1);
    else if (e.key === 'Home') next = start;
    else if (e.key === 'End') next = end;
    if (next === undefined) return;
    e.preventDefault();
    store.getState().setPlaying(false);
    setTime(next);
  };

  const onPointerDown = (e: PointerEvent) => {
    dragging.current = true;
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    store.getState().setPlaying(false);
    setTime(timeAt(e.clientX));
    trackRef.current?.focus();
  };
  const onPointerMove = (e: PointerEvent) => {
    if (dragging.current) setTime(timeAt(e.clientX));
  };
  const onPointerUp = () => {
    dragging.current = false;
  };

  const hx = x(time);

  return (
    <section class="timeline" aria-label={t.timeline}>
      <div class="timeline-head">
        <p class="timeline-now" aria-hidden="true">
          <strong>{formatShortDay(time, timeZone, lang)} {plainNumber(localParts(time, timeZone).year, lang)}{TIME_WORDS[lang].comma}{shownSpan === 'day' ? t.wholeDay : formatLocalClock(time, timeZone, lang)}</strong>
          <span class="timeline-zone"> {t.localTime} ({utcOffsetLabel(time, timeZone)}, {timeZone})</span>
        </p>
        <PlaybackControls />
      </div>
      <div
        ref={trackRef}
        // Time runs left to right in every language (as on the map's own axis); arrows keep their meaning.
        dir="ltr"
        class="timeline-track"
        role="slider"
        tabIndex={0}
        aria-label={t.timeShown}
        aria-valuemin={0}
        aria-valuemax={Math.round(span / MINUTE)}
        aria-valuenow={Math.round((time - start) / MINUTE)}
        aria-valuetext={shownSpan === 'day' ? t.wholeDayValue(formatLocalDate(time, timeZone, lang)) : timeValueText(time, timeZone, lang, t.localTime)}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <TimelineBackdrop dataset={dataset} scale={scale} width={width} actors={actors} />
        {/* The handle moves by a compositor transform over the static backdrop: a step repaints nothing. */}
        {shownSpan === 'day' ? (
          <div class="timeline-day-band" style={{ left: `${x(Math.max(start, dayStartOf(time)))}px`,
            width: `${Math.max(2, hx - x(Math.max(start, dayStartOf(time))))}px`, top: `${HIST_TOP - 4}px`, height: `${HEIGHT - HIST_TOP}px` }} />
        ) : null}
        <div class="timeline-handle" style={{ transform: `translateX(${hx}px)`, height: `${HEIGHT - 10}px` }}>
          <span class="timeline-handle-knob" style={{ top: `${HIST_TOP + HIST_HEIGHT - 8}px` }} />
        </div>
      </div>
      <DayButtons midnights={scale.midnights} start={start} end={end} width={width} timeZone={timeZone} lang={lang} showAllOf={t.showAllOf}
        currentDay={shownSpan === 'day' ? dayStartOf(time) : null} onShowDay={showDay} />
    </section>
  );
}

interface Scale {
  midnights: number[];
  counts: ArrayLike<number>;
  max: number;
  marks: { layer: IncidentLayer; hour: number }[];
}

/** x of a time on a track of this width. */
function xOn(t: number, start: number, end: number, width: number): number {
  return PAD + ((t - start) / (end - start)) * (width - 2 * PAD);
}

interface BackdropProps {
  dataset: Dataset;
  scale: Scale;
  width: number;
  actors: ReadonlyMap<string, Actor>;
}

/**
 * Everything on the track but the handle: it depends only on the data and the width, so it is a
 * component of its own that a time step skips (a memoised element would still be diffed whole).
 * The many small marks go on a canvas; the day and hour grid, a few hundred lines, stays SVG.
 */
class TimelineBackdrop extends PureComponent<BackdropProps> {
  private readonly canvas = createRef<HTMLCanvasElement>();

  override componentDidMount(): void {
    this.draw();
  }

  override componentDidUpdate(): void {
    this.draw();
  }

  private draw(): void {
    const { dataset, scale, width, actors } = this.props;
    const canvas = this.canvas.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(HEIGHT * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const changes = dataset.control.changes.map((c) => ({ at: Date.parse(c.at), fill: c.contested ? '#ffffff' : actors.get(c.to)?.colour ?? '#999999' }));
    drawTrackMarks(ctx, { width, height: HEIGHT, x: (t) => xOn(t, dataset.start, dataset.end, width) },
      { histTop: HIST_TOP, histHeight: HIST_HEIGHT, markRowTop: MARK_ROW_TOP, markRowGap: MARK_ROW_GAP, changeRow: CHANGE_ROW, pad: PAD },
      { start: dataset.start, hour: HOUR, counts: scale.counts, max: scale.max, marks: scale.marks, changes });
  }

  override render({ dataset, scale, width }: BackdropProps) {
    const { start, end } = dataset;
    const x = (t: number) => xOn(t, start, end, width);
    const dayWidth = (DAY / (end - start)) * (width - 2 * PAD);
    const hourStep = dayWidth > 220 ? 3 : dayWidth > 110 ? 6 : 12;
    return (
      <div class="timeline-backdrop">
        <canvas ref={this.canvas} style={{ width: `${width}px`, height: `${HEIGHT}px` }} aria-hidden="true" />
        <svg width={width} height={HEIGHT} aria-hidden="true" focusable="false">
          {scale.midnights.map((m) => {
            const hours = [];
            for (let h = hourStep; h < 24; h += hourStep) {
              const t = m + h * HOUR;
              if (t >= end) break;
              hours.push(<g key={h}>
                <line class="timeline-hour" x1={x(t)} x2={x(t)} y1={HIST_TOP + HIST_HEIGHT} y2={HIST_TOP + HIST_HEIGHT + 4} />
                {hourStep <= 6 ? <text class="timeline-hour-label" x={x(t)} y={HEIGHT - 1} text-anchor="middle">{String(h).padStart(2, '0')}</text> : null}
              </g>);
            }
            return (
              <g key={m}>
                <line class="timeline-day" x1={x(m)} x2={x(m)} y1={2} y2={HEIGHT - 10} />
                {hours}
              </g>
            );
          })}
        </svg>
      </div>
    );
  }
}

interface DayButtonsProps {
  midnights: number[];
  start: number;
  end: number;
  width: number;
  timeZone: string;
  lang: Lang;
  showAllOf: (date: string) => string;
  /** The day shown whole, if any. */
  currentDay: number | null;
  onShowDay: (midnight: number) => void;
}

/** A button per day over the track; re-rendered only when the day shown whole or the width changes. */
class DayButtons extends PureComponent<DayButtonsProps> {
  override render({ midnights, start, end, width, timeZone, lang, showAllOf, currentDay, onShowDay }: DayButtonsProps) {
    const dayWidth = (DAY / (end - start)) * (width - 2 * PAD);
    const every = Math.max(1, Math.ceil(MIN_DAY_BUTTON_WIDTH / dayWidth));
    return (
      <div class="timeline-days" dir="ltr" style={{ width: `${width}px`, top: `-${HEIGHT + 2}px` }}>
        {/* Where days are too narrow for a label each, every nth day gets a button (PageUp/PageDown still step by day). */}
        {midnights.filter((m, i) => m < end && i % every === 0).map((m) => (
          <button key={m} type="button" class={`timeline-day-button${currentDay === m ? ' is-current' : ''}`}
            style={{ left: `${xOn(m, start, end, width)}px`, maxWidth: `${Math.max(24, every * dayWidth - 2)}px` }}
            aria-label={showAllOf(formatLocalDate(m, timeZone, lang))}
            aria-pressed={currentDay === m}
            onClick={() => onShowDay(m)}>
            {every * dayWidth > 70 ? formatShortDay(m, timeZone, lang) : plainNumber(localParts(m, timeZone).day, lang)}
          </button>
        ))}
      </div>
    );
  }
}
