// The height an embedded map asks its frame for: the map at a shape suited to the frame's width.
//
// A phone reader (320–400 px) wants a map they can read without zooming and the whole frame on one
// screen; a desktop reader (a 700–1300 px column) wants a landscape map that does not outgrow the
// window. So the map is 3:4 of the width (4:3 landscape), at least MIN and at most MAX pixels tall:
//   320 → 260 (the minimum),  360 → 270,  768 → 560 (the maximum),  1280 → 560.
// The header, notices, timeline and folded panels are added as they are laid out (see frame-height.ts).

export const MAP_MIN_HEIGHT = 260;
export const MAP_MAX_HEIGHT = 560;

/** The map's height, in CSS pixels, for a frame `width` pixels wide. */
export function wantedMapHeight(width: number): number {
  return Math.round(Math.min(MAP_MAX_HEIGHT, Math.max(MAP_MIN_HEIGHT, width * 0.75)));
}
