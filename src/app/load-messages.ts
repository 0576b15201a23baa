// Messages between the page and the dataset-loading worker.
import type { IncidentParts } from '../core/incident-parts';
import type { LoadResult } from '../core/dataset';
import type { Manifest, Problem } from '../core/types';
import type { CsvFormat } from '../core/import/detect-csv-format';
import type { OriginalFieldsBlock } from '../core/original-fields';
import type { PackedIncidents } from '../core/packed-incidents';
import type { PackedRecords } from '../core/packed-records';
import type { PackedSites } from '../core/packed-sites';
import type { CsvSummary } from './csv-result';

/** One more chunk of a dataset split by time, validated against the records the page holds (their ids). */
export interface ChunkRequest {
  kind: 'chunk';
  /** The manifest's address: the chunk's file is named relative to it. */
  url: string;
  manifest: Manifest;
  chunk: number;
  known: { sources: string[]; actors: string[]; sites: string[] };
}

/** A whole dataset to load: by its address, or from files the reader chose. */
export type DatasetRequest =
  /** `search`: the page's link (location.search), whose view says which chunks of a dataset split by time to read first. */
  | { kind: 'url'; url: string; search?: string }
  | { kind: 'files'; entry: string; texts: Record<string, string> }
  /** An ACLED or UCDP CSV export chosen or dropped: the file itself goes to the worker, which streams it. */
  | { kind: 'csv'; file: File };

export type LoadRequest = DatasetRequest | ChunkRequest;

/** A chunk's accepted incidents as positions in its file as parsed (see core/incident-parts.ts). */
export interface ChunkParts {
  chunk: number;
  parts: IncidentParts;
}

export type LoadReply =
  | { type: 'progress'; done: number; total: number; file: string }
  /**
   * The incidents file (or a chunk of incidents, with its index) as fetched, moved to the page (not
   * copied) for it to parse while the worker validates; a chunk asked for with a ChunkRequest comes
   * with `cuts`, where the page may cut its bytes to parse them in slices (core/array-cuts.ts).
   */
  | { type: 'incidents-bytes'; bytes: ArrayBuffer; chunk?: number; cuts?: Int32Array }
  /**
   * A CSV export's next incidents as the worker made them, sent while it reads on, so that the page
   * takes them in many short tasks rather than one long one; the result names those it accepted.
   * `originals`: their original columns, taken out of the packed records (core/original-fields.ts).
   */
  | { type: 'incidents-batch'; packed: PackedRecords; originals?: OriginalFieldsBlock }
  /** The same, packed knowing the keys an import gives every incident (core/packed-incidents.ts): how a batch usually comes. */
  | { type: 'imported-batch'; packed: PackedIncidents; originals: OriginalFieldsBlock }
  /** A CSV export's sites, validated, sent just before the result (whose dataset then holds none) for the same reason. */
  | { type: 'sites-batch'; packed: PackedRecords }
  /** The same, packed knowing the keys an import gives every place (core/packed-sites.ts): how they usually come. */
  | { type: 'places-batch'; packed: PackedSites }
  /** The codebook a CSV file's header shows (sent for a `csv` request only). */
  | { type: 'csv-format'; format: CsvFormat }
  /**
   * With `incidents` (or `chunks`), the result's dataset holds none: the page picks them from the bytes
   * it was sent (or a CSV export's batches, one list in the order sent). `csv` for a CSV export: rows
   * kept and left out.
   */
  | { type: 'result'; result: LoadResult & { csv?: CsvSummary }; incidents?: IncidentParts; chunks?: ChunkParts[] }
  /** One chunk asked for with a ChunkRequest: its incidents as parts of the bytes sent before, and its problems. */
  | { type: 'chunk'; chunk: ChunkParts; problems: Problem[] }
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
