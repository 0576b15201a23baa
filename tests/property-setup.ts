// Set up before every unit test file: fast-check's seed, in this one place (see helpers/properties).
import fc from 'fast-check';
import { FIXED_SEED, FUZZING } from './helpers/properties';

// Fuzzing leaves the seed unset, so fast-check draws one per property and prints it with the path of
// any failure: `{ seed: …, path: "…" }`, which replays it exactly.
if (!FUZZING) fc.configureGlobal({ seed: FIXED_SEED });
