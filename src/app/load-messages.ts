// Messages between the page and the dataset-loading worker.
import type { IncidentParts } from '../core/incident-parts';
import type { LoadResult } from '../core/dataset';
import type { CsvFormat } from '../core/import/detect-csv-format';
import type { CsvSummary } from './csv-result';

export type LoadRequest =
  | { kind: 'url'; url: string }
  | { kind: 'files'; entry: string; texts: Record<string, string> }
  /** An ACLED or UCDP CSV export chosen or dropped: the file itself goes to the worker, which streams it. */
  | { kind: 'csv'; file: File };

export type LoadReply =
  | { type: 'progress'; done: number; total: number; file: string }
  /** The incidents file as fetched, moved to the page (not copied) for it to parse while the worker validates. */
  | { type: 'incidents-bytes'; bytes: ArrayBuffer }
  /** With `incidents`, the result's dataset holds none: the page picks them from the bytes it was sent. */
  /** The codebook a CSV file's header shows (sent for a `csv` request only). */
  | { type: 'csv-format'; format: CsvFormat }
  /** `csv` for a CSV export: rows kept and left out. */
  | { type: 'result'; result: LoadResult & { csv?: CsvSummary }; incidents?: IncidentParts }
  | { type: 'error'; message: string };

/** A load the boot script (src/boot.ts) started: its worker, and the worker's events until the app takes it over. */
export interface EarlyLoad {
  url: string;
  worker: Worker;
  replies: Event[];
}

declare global {
  interface Window {
    earlyLoad?: EarlyLoad;
  }
}
