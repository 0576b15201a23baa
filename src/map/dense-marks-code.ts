// The crowded moment's marks (a canvas, dense-incidents-layer.ts) load on demand, as the first map
// never needs them. A large import is known to need them: its loader asks for the code while the rows
// still come in, so the imported map's first frame does not wait for it (about 80 ms at its end).

/**
 * Beyond this many incidents on the map, marks are drawn on a canvas (no DOM per mark, reached by
 * keyboard through one listbox). DOM markers cost a time step far more than canvas marks (each is a
 * layer to place, style and composite), so they are kept for the few a story tells (the built-in
 * dataset shows at most 25) and never for a crowded moment.
 */
export const DENSE_AT = 40;

/** The canvas marks' code; the same module promise for every caller. */
export function denseMarksCode(): Promise<typeof import('./dense-incidents-layer')> {
  return import('./dense-incidents-layer');
}

/** Starts fetching that code for a dataset of `incidents` that may crowd the map; a failure is left to the layer that needs it. */
export function prefetchDenseMarks(incidents: number): void {
  if (incidents > DENSE_AT) denseMarksCode().catch(() => {});
}
