// Loads the built-in dataset as the build checked it (core/checked-dataset.ts): one request, nothing
// to validate. Null when there is no such file (the development server, a site built before it
// existed) or it cannot be read: the caller then loads data/ as any dataset.
import { readCheckedDataset } from '../core/checked-dataset';
import type { LoadResult } from '../core/types';

export async function loadCheckedDataset(url: string): Promise<LoadResult | null> {
  try {
    const response = await fetch(url);
    return response.ok ? readCheckedDataset(await response.json()) : null;
  } catch {
    return null;
  }
}
