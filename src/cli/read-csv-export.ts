// Streams an ACLED or UCDP CSV export from disk through papaparse into the importer, row by row, so
// that a file of hundreds of thousands of rows is never held as one text.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { createCsvImporter, type CsvImporter, type ImportResult } from '../core/import/csv-importer';
import { CSV_PARSE_OPTIONS } from '../core/import/csv-parse-options';
import { detectCsvFormat, type CsvFormat } from '../core/import/detect-csv-format';

export interface ReadOptions {
  path: string;
  /** The codebook the file must follow; absent: the one its header shows. */
  format?: CsvFormat | undefined;
  timeZone?: string | undefined;
}

export type ReadExport = (ImportResult & { format: CsvFormat }) | { error: string };

/** The import's result, or why the file could not be read as an export. */
export function readCsvExport({ path, format, timeZone }: ReadOptions): Promise<ReadExport> {
  const name = basename(path);
  return new Promise((resolve) => {
    let importer: CsvImporter | null = null;
    let detected: CsvFormat | undefined;
    let row = 0;
    Papa.parse<string[]>(createReadStream(path, { encoding: 'utf8' }), {
      ...CSV_PARSE_OPTIONS,
      step(results, parser) {
        row += 1;
        if (row === 1) {
          const header = results.data;
          const shown = detectCsvFormat(header);
          detected = format ?? shown ?? undefined;
          if (!detected || (format && shown !== format)) {
            parser.abort();
            const found = shown ? `its header is ${shown === 'acled' ? 'ACLED' : 'UCDP GED'}'s` : 'its header has neither ACLED\'s columns (event_id_cnty, event_date) nor UCDP GED\'s (date_start, where_prec)';
            resolve({ error: `${path}: row 1: ${format ? `not a ${format === 'acled' ? 'ACLED' : 'UCDP GED'} export: ` : 'not an ACLED or UCDP GED export: '}${found}` });
            return;
          }
          importer = createCsvImporter(detected, { name, header, timeZone });
          return;
        }
        const error = results.errors[0];
        if (error) importer?.reject({ row, column: '', value: '', message: `could not be read as CSV: ${error.message}` });
        else importer?.addValues(results.data, row);
      },
      complete() {
        if (importer && detected) resolve({ format: detected, ...importer.finish() });
        else if (row === 0) resolve({ error: `${path}: the file is empty` });
      },
      error(err: Error) {
        resolve({ error: `${path}: could not be read: ${err.message}` });
      },
    });
  });
}
