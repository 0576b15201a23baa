// What a scrub is, for the parts of the sidebar that leave its steps out: steps of the time (or of a
// range's ends) that follow each other more closely than a reader pauses, as a drag, a held arrow key
// or playback makes them. A step after a pause (a click, one key press) is not part of one.
import type { AppState } from '../store/store';

/** Steps closer together than this are a scrub's; a part catches up once they are this far apart. */
export const QUIET_MS = 250;

/** The time or a range's ends moved, on the same data: a step, which may be part of a scrub. */
export function isTimeStep(s: AppState, before: AppState): boolean {
  return s.index === before.index && (s.time !== before.time || s.rangeStart !== before.rangeStart);
}

/** The map was panned or zoomed, nothing else: no panel shows that. */
export function onlyViewChanged(s: AppState, before: AppState): boolean {
  for (const key in s) if (key !== 'view' && s[key as keyof AppState] !== before[key as keyof AppState]) return false;
  return true;
}

/** Tells a scrub's steps apart: `step()` is true when this step came within QUIET_MS of the one before. */
export interface ScrubClock {
  step(): boolean;
  /** What comes next is not part of a scrub that came before (another kind of change came between). */
  reset(): void;
}

export function scrubClock(now: () => number = () => performance.now()): ScrubClock {
  let lastStep = -Infinity;
  return {
    step() {
      const at = now();
      const inScrub = at - lastStep < QUIET_MS;
      lastStep = at;
      return inScrub;
    },
    reset() {
      lastStep = -Infinity;
    },
  };
}
