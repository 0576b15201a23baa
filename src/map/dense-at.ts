// When incident marks go from DOM markers to one canvas (incidents-layer.ts); the loader fetches the
// canvas's code ahead for an import that will be crowded (app/load-client.ts).

/**
 * Beyond this many incidents on the map, marks are drawn on a canvas (no DOM per mark, reached by
 * keyboard through one listbox). DOM markers cost a time step far more than canvas marks (each is a
 * layer to place, style and composite), so they are kept for the few a story tells (the built-in
 * dataset shows at most 25) and never for a crowded moment.
 */
export const DENSE_AT = 40;
