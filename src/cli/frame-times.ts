// The moments an animation shows: one frame every step (30m, 1h, 6h, 1d) from its first moment to its
// last, both ends included when the steps land on them.
import { DAY, HOUR, MINUTE } from '../core/time';

const STEP = /^(\d{1,4})(m|h|d)$/;
const UNIT: Record<string, number> = { m: MINUTE, h: HOUR, d: DAY };

/** A step as written ("30m", "1h", "6h", "1d") in milliseconds, or null when it cannot be read. */
export function parseStep(text: string): number | null {
  const m = STEP.exec(text.trim());
  if (!m) return null;
  const ms = Number(m[1]) * (UNIT[m[2] as string] as number);
  return ms > 0 ? ms : null;
}

/** start, start + step, … up to end (included when a step lands on it). */
export function frameTimes(range: { start: number; end: number }, step: number): number[] {
  const times: number[] = [];
  for (let t = range.start; t <= range.end; t += step) times.push(t);
  return times;
}
