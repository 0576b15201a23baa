// What loading an ACLED or UCDP CSV export gives beside the dataset: the format its header shows, how
// many rows were kept and left out, and the bad rows by row, column and value.
import type { CsvFormat } from '../core/import/detect-csv-format';
import type { RowProblem } from '../core/import/row-problem';
import type { IncidentParts } from '../core/incident-parts';
import type { LoadResult, Problem } from '../core/types';

/** Bad rows sent to the page (and offered as a CSV); a file with more says how many in `bad`. */
export const SENT_ROW_PROBLEMS = 10_000;
/** Bad rows also listed among the dataset's problems (the panel a ?data= link shows). */
const LISTED_AS_WARNINGS = 200;

export interface CsvSummary {
  /** The codebook the header shows; null when it shows neither (then `header` says what it has). */
  format: CsvFormat | null;
  header: string[];
  kept: number;
  /** Rows left out, all of them (`problems` holds the first SENT_ROW_PROBLEMS). */
  bad: number;
  problems: RowProblem[];
}

export interface CsvLoadResult extends LoadResult {
  csv: CsvSummary;
  /**
   * When the incidents were given on as they were made (csv-load.ts, onIncidents): the dataset's order
   * of them as positions among those given, and the records held back; the dataset then holds none.
   */
  given?: IncidentParts;
}

/** An address whose path ends in .csv (query and fragment aside). */
export function isCsvAddress(url: string): boolean {
  return /\.csv$/i.test(url.split(/[?#]/)[0] ?? '');
}

/** An address whose path names a format this app reads (.csv, .json, .geojson): anything else is known only by its response. */
export function namesFormat(url: string): boolean {
  return /\.(csv|json|geojson)$/i.test(url.split(/[?#]/)[0] ?? '');
}

/** The file name a response gives for itself (Content-Disposition: attachment; filename="…"), if any. */
export const givenName = (response: Response): string | undefined =>
  /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(response.headers.get('content-disposition') ?? '')?.[1];

/** A response that says it is CSV: by its type (text/csv and its older names) or the file name it gives. */
export function isCsvResponse(response: Response): boolean {
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (['text/csv', 'application/csv', 'text/comma-separated-values', 'text/x-csv', 'application/x-csv'].includes(type)) return true;
  return /\.csv$/i.test(givenName(response) ?? '');
}

/** The first bad rows as warnings of the dataset (they were left out; the rest was kept), and a line for the rest. */
export function rowWarnings(file: string, csv: CsvSummary): Problem[] {
  const listed: Problem[] = csv.problems.slice(0, LISTED_AS_WARNINGS).map((p) => ({
    file, record: `row ${p.row}`, ...(p.column ? { field: p.column } : {}), ...(p.value ? { value: p.value } : {}),
    message: `left out: ${p.message}`, severity: 'warning',
  }));
  if (csv.bad > listed.length) listed.push({ file, message: `and ${csv.bad - listed.length} more rows left out`, severity: 'warning' });
  return listed;
}
