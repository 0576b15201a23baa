// The performance mark of the frame in which the app's map is first drawn: set by the map, awaited
// by the parts that load after it, and read by the benchmark and the first-load count. One name, here.
export const FIRST_DRAW_MARK = 'map:first-draw';
