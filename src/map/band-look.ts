// How a range's band looks, the same drawn as an SVG path (range-marks-layer.ts) or on the areas'
// canvas (canvas-bands.ts): an inner line in the colour of who held the area as the range began.

/** The band's path is the outline shrunk toward the area's centre by this much: inside, near the edge. */
export const INSET_SCALE = 0.84;
/** The band is this wide, or narrower on an area small on screen, so it never hides the fill of who holds it now. */
const BAND_WEIGHT = 5;
const BAND_SHARE = 0.1;
/** Around a point site's mark (which is about 22 px across). */
export const RING_RADIUS = 15;
export const RING_WEIGHT = 3;
export const BAND_OPACITY = 0.95;
/** Who held it is unknown (an actor not in the data). */
export const UNKNOWN_COLOUR = '#999999';

/** How wide a band is drawn whose inset outline is `insetSize` pixels across (the smaller side) at the map's zoom. */
export function bandWeight(insetSize: number): number {
  return Math.max(1.5, Math.min(BAND_WEIGHT, (insetSize / INSET_SCALE) * BAND_SHARE));
}
