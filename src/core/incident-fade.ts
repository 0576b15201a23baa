// How strongly an incident's mark is drawn by its age at the moment shown, on the map and in pictures: recent ones stand out.
import { HOUR } from './time';

/** Full strength for three hours, then fading to a floor over the window. */
export function fadeFor(ageMs: number): number {
  if (ageMs <= 3 * HOUR) return 1;
  return ageMs <= 12 * HOUR ? 0.75 : 0.5;
}
