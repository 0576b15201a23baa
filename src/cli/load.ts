// Loads a dataset (manifest or bundle) from disk for the command-line tools, or says why not.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadDataset, type LoadResult } from '../core/dataset';
import { hasErrors } from '../core/problems';
import { formatProblem } from '../core/problems';
import type { Dataset } from '../core/types';

/** The dataset the tools use unless `--data` names another. */
export const BUILTIN_MANIFEST = 'data/dataset.json';

/** The `--data` flag, the same in every tool that reads a dataset. */
export const DATA_FLAG = { value: 'file', help: `the dataset's manifest or one-file bundle (default: ${BUILTIN_MANIFEST})` };

export function loadFromPath(path: string): Promise<LoadResult> {
  return loadDataset(resolve(path), (p) => readFile(p, 'utf8'));
}

/** The dataset, or null after printing every problem to stderr. */
export async function loadValidOrReport(path: string): Promise<Dataset | null> {
  const { dataset, problems } = await loadFromPath(path);
  for (const p of problems) console.error(formatProblem(p));
  if (!dataset || hasErrors(problems)) {
    console.error(`${path}: the dataset has problems; fix them first (npm run validate -- ${path})`);
    return null;
  }
  return dataset;
}
