// What the importer needs to know of a codebook: its name, its columns, its vocabulary, how it reads a row.
import type { MarkShape } from '../default-vocabulary';
import type { ImportedEvent } from './imported-event';
import type { CsvRecord } from './read-fields';
import type { RowResult } from './row-problem';

export interface CodebookLayer {
  id: string;
  name: string;
  colour: string;
  mark: MarkShape;
}

export interface CodebookSide {
  id: string;
  name: string;
  colour: string;
}

export interface Codebook {
  /** The dataset's name as its records cite it: "ACLED", "UCDP GED". */
  dataset: string;
  /** The column that holds each event's id. */
  idColumn: string;
  /** Columns without which no row can be read. */
  required: readonly string[];
  layers: readonly CodebookLayer[];
  sides: readonly CodebookSide[];
  /** The columns kept with each incident as written (`original`), beside those that became its own fields. */
  kept: readonly string[];
  /** One row as an event, or its first problem (its `original` is the importer's to keep). */
  readRow: (record: CsvRecord) => RowResult<ImportedEvent>;
  /** Words about the whole import, for the manifest and the dataset's own source. */
  about: string;
}

/** The side every dataset's fatality figure is given for: neither codebook attributes its total to a side. */
export const UNATTRIBUTED_SIDE: CodebookSide = { id: 'unattributed', name: 'Not attributed to a side', colour: '#666666' };
