// The soak's keys: hourly steps and day steps, forward then back, so that a long run keeps the time
// shown inside the data (it never reaches an end, where a key would do nothing) and ends where it began.
import { DAY, HOUR } from '../src/core/time';

/** What each key does to the time on the timeline's slider (src/ui/timeline/use-slider-input.ts). */
export const SOAK_KEY_MS: Readonly<Record<string, number>> = { ArrowRight: HOUR, ArrowLeft: -HOUR, PageUp: DAY, PageDown: -DAY };

const repeat = (key: string, n: number) => Array.from({ length: n }, () => key);
/** One cycle: 20 hours and 5 days forward, then the same back (50 keys, net zero). */
export const SOAK_CYCLE: readonly string[] = [...repeat('ArrowRight', 20), ...repeat('PageUp', 5), ...repeat('ArrowLeft', 20), ...repeat('PageDown', 5)];

/** The first `steps` keys of the repeated cycle. */
export function soakKeys(steps: number): string[] {
  return Array.from({ length: steps }, (_, i) => SOAK_CYCLE[i % SOAK_CYCLE.length] as string);
}

/** Where the keys take the time, relative to where it starts: the furthest back, the furthest forward, the end (ms). */
export function soakExcursion(keys: readonly string[]): { min: number; max: number; end: number } {
  let at = 0;
  let min = 0;
  let max = 0;
  for (const key of keys) {
    const ms = SOAK_KEY_MS[key];
    if (ms === undefined) throw new Error(`soak: the slider has no step for the key ${JSON.stringify(key)}`);
    at += ms;
    min = Math.min(min, at);
    max = Math.max(max, at);
  }
  return { min, max, end: at };
}
