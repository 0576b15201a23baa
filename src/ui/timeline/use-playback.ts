// Advances the store's time (or a range's end) while playing, at the chosen speed: frame by frame, or in jumps under reduced motion.
import { useEffect } from 'preact/hooks';
import { prefersReducedMotion } from '../../app/reduced-motion';
import { HOUR } from '../../core/time';
import type { AppStore } from '../../store/store';
import { useApp, useAppStore } from '../store-context';

/** Under reduced motion, the time jumps this often instead of moving every frame. */
export const REDUCED_MOTION_STEP_MS = 1000;

export function usePlayback(): void {
  const store = useAppStore();
  const playing = useApp((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    // Playback only ever starts from the Play button (or a host page's "play", ignored under reduced
    // motion: see host-api.ts). Under reduced motion it moves in discrete jumps, one a second of the
    // speed's worth of hours, so the map changes like a slide show rather than an animation.
    if (prefersReducedMotion()) {
      const timer = setInterval(() => advance(store, REDUCED_MOTION_STEP_MS), REDUCED_MOTION_STEP_MS);
      return () => clearInterval(timer);
    }
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const more = advance(store, now - last);
      last = now;
      if (more) frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, store]);
}

/** Moves the time on by this much real time at the chosen speed; stops at the end (returns false). */
function advance(store: AppStore, elapsedMs: number): boolean {
  const { time, speed, dataset, span, playUntil, setTime, playTo, setPlaying } = store.getState();
  const next = time + (elapsedMs / 1000) * speed * HOUR;
  // In a range, the range's end moves (the range stays) and stops where the range ended.
  const [stop, show] = span === 'range' && playUntil !== null ? [playUntil, playTo] : [dataset?.end, setTime];
  if (stop === undefined || next >= stop) {
    show(stop ?? time);
    setPlaying(false);
    return false;
  }
  show(next);
  return true;
}
