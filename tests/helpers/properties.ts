// How hard the property tests try. `npm test` (and CI) replays one fixed seed, so a run passes or
// fails the same way every time; `npm run fuzz` (FUZZ=1) draws a fresh seed for every property and
// tries ten times as many cases, to find what the fixed seed does not reach.
export const FUZZING = process.env.FUZZ === '1';

/** The one seed `npm test` uses: any fixed number would do; this one is the clashes' first day. */
export const FIXED_SEED = 20160420;

const SCALE = FUZZING ? 10 : 1;

/** A property's number of runs: as written in `npm test`, ten times as many when fuzzing. */
export function runs(n: number): number {
  return n * SCALE;
}

/** A time limit in milliseconds that grows with the number of runs. */
export function timeLimit(ms: number): number {
  return ms * SCALE;
}
