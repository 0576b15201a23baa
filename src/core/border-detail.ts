// Which of Natural Earth's borders a view draws, by its zoom: apart from the TopoJSON reader, so that
// the map's borders code (loaded after every first map) decides without loading that reader.

/** [west, south, east, north] in degrees. */
export type Box = readonly [number, number, number, number];

/** Natural Earth at 1:110 million (about 39 KB gzipped) for a country seen whole; 1:50 million (about 236 KB) zoomed in. */
export type BorderDetail = 'coarse' | 'fine';

/** From this zoom on, the map and the pictures draw the finer borders. */
export const FINE_BORDERS_ZOOM = 8;

export const borderDetailAt = (zoom: number): BorderDetail => (zoom >= FINE_BORDERS_ZOOM ? 'fine' : 'coarse');
