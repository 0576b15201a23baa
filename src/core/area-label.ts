// Which areas carry their name on the map and in pictures: one rule for the map's labels, the marks
// placed above or below a name (claims, a range's "was" line) and the pictures' SVG. Its own small
// module, so that the first load's areas layer asks it without the pictures' code.
import type { Site } from './types';

/** Whether the area's name is written on it (districts and security zones). */
export function hasAreaLabel(site: Site): boolean {
  return site.properties.kind === 'district' || site.properties.kind === 'security_zone';
}
