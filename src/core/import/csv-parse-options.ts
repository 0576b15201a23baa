// How every CSV export is parsed (papaparse), the same in the command line and the browser's worker:
// rows as arrays, every value as text, nothing skipped, so that row numbers stay those of the file.
import type { ParseConfig } from 'papaparse';

/**
 * Papaparse's options for ACLED and UCDP exports (callbacks and input aside). Header mode is off: the
 * importer reads the header itself (case-insensitive, byte-order mark tolerated), and an empty line
 * stays a row, as a spreadsheet counts it.
 */
export const CSV_PARSE_OPTIONS = {
  header: false,
  delimiter: ',',
  quoteChar: '"',
  dynamicTyping: false,
  skipEmptyLines: false,
} as const satisfies ParseConfig;
