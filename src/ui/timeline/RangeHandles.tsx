// The two handles at a range's ends, each a slider of its own (keys and pointer), with the range's
// outline. Loaded on demand: only a range shows them.
import type { RefObject } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { DAY, HOUR, MINUTE } from '../../core/time';
import { useAppStore } from '../store-context';
import { useMoreT } from '../use-more-t';
import { useLang, useT } from '../use-t';
import { timeValueText } from './time-value-text';
import { HEIGHT, HIST_TOP, timeAtClientX, xOn, type TrackExtent } from './track-geometry';
import { SNAP_MS } from './use-slider-input';
import './range-handles.css';

export interface RangeHandlesProps {
  trackRef: RefObject<HTMLDivElement | null>;
  extent: TrackExtent;
  rangeStart: number;
  rangeEnd: number;
  timeZone: string;
}

const KEY_STEPS: Record<string, number> = {
  ArrowRight: HOUR, ArrowUp: HOUR, ArrowLeft: -HOUR, ArrowDown: -HOUR, PageUp: DAY, PageDown: -DAY,
};

export function RangeHandles({ trackRef, extent, rangeStart, rangeEnd, timeZone }: RangeHandlesProps) {
  const store = useAppStore();
  const m = useMoreT();
  const t = useT();
  const lang = useLang();
  const dragging = useRef(false);
  const from = xOn(rangeStart, extent);
  const to = xOn(rangeEnd, extent);

  // An end never passes the other: the start handle stays the start.
  const move = (which: 'start' | 'end', at: number) => {
    const s = store.getState();
    s.setPlaying(false);
    if (which === 'start') s.showRange(Math.min(at, rangeEnd), rangeEnd);
    else s.showRange(rangeStart, Math.max(at, rangeStart));
  };

  // Worded when an end moves, not at each move of the other.
  const startText = useMemo(() => timeValueText(rangeStart, timeZone, lang, t.localTime), [rangeStart, timeZone, lang, t.localTime]);
  const endText = useMemo(() => timeValueText(rangeEnd, timeZone, lang, t.localTime), [rangeEnd, timeZone, lang, t.localTime]);

  const handle = (which: 'start' | 'end', value: number, x: number, label: string, valueText: string) => (
    <div
      class={`range-handle is-${which}`}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-orientation="horizontal"
      aria-keyshortcuts="ArrowLeft ArrowRight PageUp PageDown Home End Escape"
      aria-valuemin={0}
      aria-valuemax={Math.round((extent.end - extent.start) / MINUTE)}
      aria-valuenow={Math.round((value - extent.start) / MINUTE)}
      aria-valuetext={valueText}
      style={{ left: `${x}px`, top: `${HIST_TOP - 4}px`, height: `${HEIGHT - HIST_TOP}px` }}
      onKeyDown={(e) => {
        let next: number | undefined;
        if (e.key in KEY_STEPS) next = value + (KEY_STEPS[e.key] as number) * (e.shiftKey && e.key.startsWith('Arrow') ? 0.25 : 1);
        else if (e.key === 'Home') next = extent.start;
        else if (e.key === 'End') next = extent.end;
        else if (e.key === 'Escape') {
          e.preventDefault();
          store.getState().clearRange();
          trackRef.current?.focus();
          return;
        }
        if (next === undefined) return;
        e.preventDefault();
        move(which, next);
      }}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        e.currentTarget.focus();
      }}
      onPointerMove={(e) => {
        const rect = trackRef.current?.getBoundingClientRect();
        if (dragging.current && rect) move(which, timeAtClientX(e.clientX, rect, { start: extent.start, end: extent.end, snap: SNAP_MS }));
      }}
      onPointerUp={() => { dragging.current = false; }}
      onPointerCancel={() => { dragging.current = false; }}
    >
      <span class="range-handle-grip" aria-hidden="true" />
    </div>
  );

  return (
    <>
      <div class="range-outline" aria-hidden="true"
        style={{ left: `${from}px`, width: `${Math.max(2, to - from)}px`, top: `${HIST_TOP - 4}px`, height: `${HEIGHT - HIST_TOP}px` }} />
      {handle('start', rangeStart, from, m.rangeStartHandle, startText)}
      {handle('end', rangeEnd, to, m.rangeEndHandle, endText)}
    </>
  );
}
