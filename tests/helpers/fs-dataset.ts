// Loads a dataset from disk through the same loader the app uses.
import { loadFromPath } from '../../src/cli/load';
import type { Dataset } from '../../src/core/types';

/** The command-line tools' loader: the same path the app's loader takes. */
export const loadFromDisk = loadFromPath;

/** Loads a dataset that must be valid; throws with the problems otherwise. */
export async function loadValid(manifest: string): Promise<Dataset> {
  const { dataset, problems } = await loadFromDisk(manifest);
  if (!dataset || problems.length > 0) throw new Error(`${manifest}: ${JSON.stringify(problems, null, 2)}`);
  return dataset;
}

export const MINI = 'tests/fixtures/mini/dataset.json';
export const BUILTIN = 'data/dataset.json';
