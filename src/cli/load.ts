// Loads a dataset (manifest or bundle) from disk for the command-line tools, or says why not.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadDataset, type LoadResult } from '../core/dataset';
import { hasErrors } from '../core/problems';
import { formatProblem } from '../core/problems';
import type { Dataset } from '../core/types';

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
