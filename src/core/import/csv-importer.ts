// Converts an ACLED or UCDP GED CSV export into our format row by row, so that a caller can feed it
// from a stream (papaparse's step callback, in Node or a worker) and never hold the file's text:
//   const importer = createCsvImporter('acled', { name, header });
//   importer.addValues(values, row) …  (or add(record, row) with a record keyed by the header)
//   const { bundle, kept, problems } = importer.finish();
import { ACLED } from './acled-row';
import type { Codebook } from './codebook';
import { DatasetBuilder } from './dataset-builder';
import { headerNames, type CsvFormat } from './detect-csv-format';
import type { ImportedBundle } from './imported-bundle';
import type { RowProblem } from './row-problem';
import { blockRows, rowFields, type OriginalFieldsBlock } from '../original-fields';
import type { Incident } from '../types';
import { OriginalCells } from './original-cells';
import { keptColumns } from './read-fields';
import { UCDP } from './ucdp-row';

const CODEBOOKS: Record<CsvFormat, Codebook> = { acled: ACLED, ucdp: UCDP };

export interface ImporterOptions {
  /** The file's name (the dataset and its own source are named after it). */
  name: string;
  /** The header row as the file gives it (any case, a byte-order mark tolerated). */
  header: readonly string[];
  /** The IANA zone whose midnights the file's dates are read in (default UTC). */
  timeZone?: string;
  /**
   * Write the columns kept with each incident into a block (import/original-cells.ts), handed out by
   * takeIncidents beside the incidents it gives without them: for a caller that sends them on (the
   * loader's worker), which then never makes, packs nor sends an object of them per incident.
   */
  fieldsApart?: boolean;
}

/** Incidents taken from an importer; with `fieldsApart`, their `original` has no fields, and `originals` holds them, row r for incident r. */
export interface TakenIncidents {
  incidents: Incident[];
  originals?: OriginalFieldsBlock;
}

export interface ImportResult {
  /** The dataset (conflict-map-bundle/1), or null when no row was kept. */
  bundle: ImportedBundle | null;
  kept: number;
  /** Every row left out, each with its row number, column and value. */
  problems: RowProblem[];
}

export interface CsvImporter {
  /** One record, keyed by the header's names, at its row (header = row 1). */
  add(record: Readonly<Record<string, string>>, row: number): void;
  /** One record as the parser gives its cells, in the header's order. */
  addValues(values: readonly string[], row: number): void;
  /** A row the parser could not read (an unclosed quote): left out, and reported. */
  reject(problem: RowProblem): void;
  /** The incidents made since the last take, in the file's order; the bundle then holds only those made after. */
  takeIncidents(): TakenIncidents;
  finish(): ImportResult;
}

export function createCsvImporter(format: CsvFormat, { name, header, timeZone = 'UTC', fieldsApart = false }: ImporterOptions): CsvImporter {
  const codebook = CODEBOOKS[format];
  const apart = fieldsApart ? new OriginalCells(codebook.kept) : null;
  const columns = headerNames(header);
  const keyOf = new Map(header.map((raw, i) => [raw, columns[i] ?? raw]));
  const builder = new DatasetBuilder({ codebook, name, timeZone });
  const missing = codebook.required.filter((c) => !columns.includes(c));
  const problems: RowProblem[] = missing.map((column) => ({
    row: 1, column, value: '',
    message: `is missing from the header: a ${codebook.dataset} file needs ${codebook.required.join(', ')}`,
  }));
  /** Each id kept, with its row: a repeat names the row it repeats. */
  const rowOfId = new Map<string, number>();
  /** The row being read, by column: one object rewritten for each row (the codebooks keep nothing of it), not 100,000 to collect. */
  const cells: Record<string, string> = {};

  function read(record: Readonly<Record<string, string>>, row: number): void {
    if (missing.length > 0) return;
    const result = codebook.readRow(record);
    if (!result.ok) {
      problems.push({ row, ...result.problem });
      return;
    }
    const event = result.value;
    const first = rowOfId.get(event.id);
    if (first !== undefined) {
      problems.push({ row, column: codebook.idColumn, value: record[codebook.idColumn] ?? '', message: `repeats the id of row ${first}` });
      return;
    }
    rowOfId.set(event.id, row);
    if (apart) apart.keep(record);
    else event.original = keptColumns(record, codebook.kept);
    builder.add(event);
  }

  return {
    add(record, row) {
      const keyed: Record<string, string> = {};
      for (const [key, value] of Object.entries(record)) keyed[keyOf.get(key) ?? key.trim().toLowerCase()] = value;
      read(keyed, row);
    },
    addValues(values, row) {
      // An empty line is a row a spreadsheet shows empty: nothing to read, nothing wrong.
      if (values.length === 1 && values[0]?.trim() === '') return;
      if (values.length !== columns.length) {
        const short = values.length < columns.length;
        problems.push({
          row, column: short ? columns[values.length] ?? '' : `column ${columns.length + 1}`, value: short ? '' : values[columns.length] ?? '',
          message: `the row has ${values.length} cells and the header ${columns.length}${short ? ': this one and those after it are missing' : ''}`,
        });
        return;
      }
      for (let i = 0; i < columns.length; i++) cells[columns[i] as string] = values[i] ?? '';
      read(cells, row);
    },
    reject(problem) {
      problems.push(problem);
    },
    takeIncidents() {
      const incidents = builder.take();
      return apart ? { incidents, originals: apart.take() } : { incidents };
    },
    finish() {
      // Those not taken are built into the bundle: each with its fields, as without fieldsApart.
      if (apart) {
        const { held } = builder;
        const rows = blockRows(apart.take(), held.length);
        held.forEach((incident, r) => { if (incident.original) incident.original.fields = rowFields(rows, r); });
      }
      return { bundle: builder.build(), kept: builder.count, problems };
    },
  };
}
