// Messages between the page and the dataset-loading worker.
import type { LoadResult } from '../core/dataset';

export type LoadRequest =
  | { kind: 'url'; url: string }
  | { kind: 'files'; entry: string; texts: Record<string, string> };

export type LoadReply =
  | { type: 'progress'; done: number; total: number; file: string }
  | { type: 'result'; result: LoadResult }
  | { type: 'error'; message: string };
