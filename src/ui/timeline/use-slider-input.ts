// Keys and pointer drags on the timeline's track, turned into times and ranges for the store.
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { DAY, HOUR, MINUTE } from '../../core/time';
import { useAppStore } from '../store-context';
import { timeAtClientX } from './track-geometry';

/** A time picked with the pointer snaps to this. */
export const SNAP_MS = 5 * MINUTE;
/** A drag away from the handle becomes a range once it has moved this far (less is a click). */
const DRAG_PX = 6;
/** Arrows step an hour (Up/Down a quarter of one with Shift), Page Up/Down a day; Shift with Left/Right or Page Up/Down makes a range. */
const KEY_STEPS: Record<string, number> = {
  ArrowRight: HOUR, ArrowUp: HOUR, ArrowLeft: -HOUR, ArrowDown: -HOUR, PageUp: DAY, PageDown: -DAY,
};

export interface SliderInputOptions {
  trackRef: RefObject<HTMLDivElement | null>;
  start: number;
  end: number;
  /** The time shown now (a range's end). */
  time: number;
  /** The range's start, if a range is shown. */
  rangeStart: number | null;
  /** The handle's x on the track: a drag that starts on it moves the time, elsewhere it selects a range. */
  handleX: number;
}

/**
 * What a pointer on the track is doing: moving the time, maybe selecting a range, or selecting one;
 * from where, and whether it has taken the time yet (a finger only once it moves along the track).
 */
interface Drag {
  mode: 'time' | 'pending' | 'range';
  x: number;
  from: number;
  held: boolean;
}

export function useSliderInput({ trackRef, start, end, time, rangeStart, handleX }: SliderInputOptions) {
  const store = useAppStore();
  const drag = useRef<Drag | null>(null);
  const setTime = (t: number) => store.getState().setTime(t);

  const timeAt = (clientX: number) => {
    const rect = trackRef.current?.getBoundingClientRect();
    return !rect || rect.width === 0 ? time : timeAtClientX(clientX, rect, { start, end, snap: SNAP_MS });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const range = rangeKey(e, { time, rangeStart });
    if (range || (e.key === 'Escape' && rangeStart !== null)) {
      e.preventDefault();
      store.getState().setPlaying(false);
      if (range) store.getState().showRange(range[0], range[1]);
      else store.getState().clearRange();
      return;
    }
    let next: number | undefined;
    if (e.key in KEY_STEPS) next = time + (KEY_STEPS[e.key] as number) * (e.shiftKey && e.key.startsWith('Arrow') ? 0.25 : 1);
    else if (e.key === 'Home') next = start;
    else if (e.key === 'End') next = end;
    if (next === undefined) return;
    e.preventDefault();
    store.getState().setPlaying(false);
    setTime(next);
  };

  /** The reader has taken the time in hand: playback stops. */
  const stop = () => {
    if (store.getState().playing) store.getState().setPlaying(false);
  };
  /** A press moves the time there, as a click always has; dragging on from it may then select a range. */
  const press = (at: number) => {
    stop();
    setTime(at);
    trackRef.current?.focus();
  };

  const onPointerDown = (e: PointerEvent) => {
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    const rect = trackRef.current?.getBoundingClientRect();
    // A finger covers more of the track than a mouse pointer does.
    const onHandle = rect !== undefined && Math.abs(e.clientX - rect.left - handleX) <= (e.pointerType === 'touch' ? 20 : 12);
    const from = timeAt(e.clientX);
    // A finger may be starting to scroll the page (the track lets it pan up and down): it takes the
    // time once it moves along the track, or presses when it lifts.
    const held = e.pointerType !== 'touch';
    drag.current = { mode: onHandle ? 'time' : 'pending', x: e.clientX, from, held };
    if (held) press(from);
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const along = Math.abs(e.clientX - d.x) > DRAG_PX;
    if (!d.held && !along) return;
    stop();
    if (d.mode === 'time') {
      drag.current = { ...d, held: true };
      setTime(timeAt(e.clientX));
    } else if (d.mode === 'range' || along) {
      drag.current = { ...d, mode: 'range', held: true };
      store.getState().showRange(d.from, timeAt(e.clientX));
    }
  };
  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    if (d && !d.held) press(d.from);
  };
  // The page took the gesture (a scroll): it was never a press, and playback goes on.
  const onPointerCancel = () => {
    drag.current = null;
  };

  return { onKeyDown, onPointerDown, onPointerMove, onPointerUp, onPointerCancel };
}

const RANGE_STEPS: Record<string, number> = { ArrowRight: HOUR, PageUp: DAY, ArrowLeft: -HOUR, PageDown: -DAY };

/** The range Shift with an arrow or Page key makes: Right/Page Up move its end later, Left/Page Down its start earlier. */
function rangeKey(e: KeyboardEvent, { time, rangeStart }: { time: number; rangeStart: number | null }): [number, number] | null {
  if (!e.shiftKey) return null;
  const step = RANGE_STEPS[e.key];
  if (step === undefined) return null;
  const from = rangeStart ?? time;
  return step > 0 ? [from, time + step] : [from + step, time];
}
