// Keys and pointer drags on the timeline's track, turned into times for the store.
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { DAY, HOUR, MINUTE } from '../../core/time';
import { useAppStore } from '../store-context';
import { PAD } from './track-geometry';

/** A time picked with the pointer snaps to this. */
const SNAP_MS = 5 * MINUTE;
/** Arrows step an hour (a quarter of one with Shift), Page Up/Down a day. */
const KEY_STEPS: Record<string, number> = {
  ArrowRight: HOUR, ArrowUp: HOUR, ArrowLeft: -HOUR, ArrowDown: -HOUR, PageUp: DAY, PageDown: -DAY,
};

export interface SliderInputOptions {
  trackRef: RefObject<HTMLDivElement | null>;
  start: number;
  end: number;
  /** The time shown now. */
  time: number;
}

export function useSliderInput({ trackRef, start, end, time }: SliderInputOptions) {
  const store = useAppStore();
  const dragging = useRef(false);
  const setTime = (t: number) => store.getState().setTime(t);

  const timeAt = (clientX: number) => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return time;
    const frac = Math.min(1, Math.max(0, (clientX - rect.left - PAD) / (rect.width - 2 * PAD)));
    return start + Math.round((frac * (end - start)) / SNAP_MS) * SNAP_MS;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    let next: number | undefined;
    if (e.key in KEY_STEPS) next = time + (KEY_STEPS[e.key] as number) * (e.shiftKey && e.key.startsWith('Arrow') ? 0.25 : 1);
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

  return { onKeyDown, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp };
}
