// Loads a dataset from disk through the same loader the app uses.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadDataset, type LoadResult } from '../../src/core/dataset';
import type { Dataset } from '../../src/core/types';

export const readText = (path: string) => readFile(path, 'utf8');

export function loadFromDisk(manifest: string): Promise<LoadResult> {
  return loadDataset(resolve(manifest), readText);
}

/** Loads a dataset that must be valid; throws with the problems otherwise. */
export async function loadValid(manifest: string): Promise<Dataset> {
  const { dataset, problems } = await loadFromDisk(manifest);
  if (!dataset || problems.length > 0) throw new Error(`${manifest}: ${JSON.stringify(problems, null, 2)}`);
  return dataset;
}

export const MINI = 'tests/fixtures/mini/dataset.json';
export const BUILTIN = 'data/dataset.json';
