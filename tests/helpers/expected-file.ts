// Expected-output fixtures, kept beside the tests (Turf's way): a test compares what it made with
// the file. A missing file fails the test; only REGEN=1 writes one, to be read in the diff before it
// is committed, so that a test never passes by writing the answer it then reads.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const REGENERATING = process.env.REGEN === '1';

/** The expected text in `file`; with REGEN=1, `actual` is written there first. */
export function expectedText(file: string, actual: string): string {
  if (REGENERATING) writeFileSync(file, actual);
  if (!existsSync(file)) {
    throw new Error(`The expected output ${file} is missing. Write it with REGEN=1 (for example \`REGEN=1 npx vitest run <test file>\`), then check it by hand before committing it.`);
  }
  return readFileSync(file, 'utf8');
}
