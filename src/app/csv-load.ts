// Loads an ACLED or UCDP GED CSV export as a dataset, streaming it through papaparse (the shared options)
// into the importer row by row; the same code runs in the loader's worker and, where workers are
// refused, on the page. The importer's bundle is checked as any bundle is (core/import/checked-import.ts).
import Papa from 'papaparse';
import { checkedImport } from '../core/import/checked-import';
import { createCsvImporter, type CsvImporter } from '../core/import/csv-importer';
import { CSV_PARSE_OPTIONS } from '../core/import/csv-parse-options';
import { SentIncidents } from '../core/import/streamed-order';
import { convertedIncidentCheck } from '../core/validate/converted-records';
import { detectCsvFormat, headerNames, type CsvFormat } from '../core/import/detect-csv-format';
import type { LoadProgress, LoadResult } from '../core/dataset';
import { blockRows, pickRows, rowFields, type BlockRows, type OriginalFieldsBlock } from '../core/original-fields';
import type { Incident } from '../core/types';
import { rowWarnings, SENT_ROW_PROBLEMS, type CsvLoadResult, type CsvSummary } from './csv-result';
import { papaStreamInput } from './papa-stream-input';

export interface CsvSource {
  stream: ReadableStream<Uint8Array>;
  /** The file's name (the dataset is named after it). */
  name: string;
  /** Its size in bytes, 0 when unknown. */
  total: number;
}

export interface CsvLoadOptions {
  onProgress?: LoadProgress | undefined;
  /** Told once the header is read. */
  onFormat?: ((format: CsvFormat) => void) | undefined;
  /** Stops the parse; the promise then rejects with an AbortError. */
  signal?: AbortSignal | undefined;
  /**
   * Given the incidents made so far, a batch at a time while the file is read (the last before the
   * dataset is validated): the worker sends them on to the page as they come. The result's dataset
   * then holds none: `given` places them (and any held back for the full validation) in its order.
   * Their `original` comes without fields: `originals` holds them, row r for incident r (core/original-fields.ts).
   */
  onIncidents?: ((batch: Incident[], originals: OriginalFieldsBlock) => void) | undefined;
}

/**
 * Progress is told at most this often (in bytes): each telling redraws the dialog on the page, beside
 * the parse; a megabyte is read in about 50 ms, so the bar still moves some twenty times a second.
 */
const PROGRESS_STEP = 1024 * 1024;
/**
 * Incidents per batch. Everything a row makes lives until its batch is packed and posted, so a batch's
 * worth survives each of the worker's minor garbage collections: batches of 500 rather than 2,000 cut
 * what those copy and promote by half or more (100,000 rows in Node: about 45 MB promoted instead of
 * 100–130), and the page takes each in a few milliseconds.
 */
export const INCIDENT_BATCH = 500;

export function loadCsv({ stream, name, total }: CsvSource, { onProgress, onFormat, signal, onIncidents }: CsvLoadOptions = {}): Promise<CsvLoadResult> {
  return new Promise((resolve, reject) => {
    let told = 0;
    const input = papaStreamInput(stream, {
      onBytes: (bytes) => {
        if (bytes - told < PROGRESS_STEP && bytes !== total) return;
        told = bytes;
        onProgress?.(bytes, Math.max(total, bytes), name);
      },
    });
    let importer: CsvImporter | null = null;
    let header: string[] = [];
    let format: CsvFormat | null = null;
    let row = 0;
    // Incidents given on are forgotten here (the caller sends them on); each first passes the quick
    // check of an import's records, and one it doubts is held back for the full validation.
    const sent = new SentIncidents();
    const held: Incident[] = [];
    const quickCheck = convertedIncidentCheck();
    let unread = 0;
    const giveIncidents = (least: number) => {
      if (!onIncidents || !importer || unread < least) return;
      unread = 0;
      const { incidents, originals } = importer.takeIncidents();
      if (!originals) throw new Error('an importer that gives incidents on writes their original columns apart');
      // Where each row's cells are, found only for a batch that holds some back (rare): the page finds them for the rest.
      let rows: BlockRows | null = null;
      const rowsOf = () => (rows ??= blockRows(originals, incidents.length));
      const batch: Incident[] = [];
      const batchRows: number[] = [];
      incidents.forEach((incident, r) => {
        if (!quickCheck(incident)) {
          // Validated here with the bundle, so whole.
          if (incident.original) incident.original.fields = rowFields(rowsOf(), r);
          held.push(incident);
        } else {
          batch.push(incident);
          batchRows.push(r);
          sent.add(incident);
        }
      });
      if (batch.length > 0) onIncidents(batch, batch.length === incidents.length ? originals : pickRows(rowsOf(), batchRows));
    };
    let stopped = false;
    const stop = (parser?: Papa.Parser) => {
      stopped = true;
      input.cancel();
      parser?.abort();
    };
    const onAbort = () => {
      stop();
      reject(new DOMException('The import was cancelled', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });

    Papa.parse<string[]>(input as unknown as File, {
      ...CSV_PARSE_OPTIONS,
      step(results, parser) {
        if (stopped) return parser.abort();
        row += 1;
        if (row === 1) {
          header = headerNames(results.data);
          format = detectCsvFormat(results.data);
          if (!format) {
            stop(parser);
            resolve(unknownHeader(name, header));
            return;
          }
          onFormat?.(format);
          importer = createCsvImporter(format, { name, header: results.data, fieldsApart: onIncidents !== undefined });
          return;
        }
        const error = results.errors[0];
        if (error) importer?.reject({ row, column: '', value: '', message: `could not be read as CSV: ${error.message}` });
        else importer?.addValues(results.data, row);
        unread += 1;
        giveIncidents(INCIDENT_BATCH);
      },
      complete() {
        if (stopped) return;
        signal?.removeEventListener('abort', onAbort);
        if (!importer || !format) {
          resolve({ dataset: null, problems: [{ file: name, message: 'the file is empty' }], csv: { format: null, header: [], kept: 0, bad: 0, problems: [] } });
          return;
        }
        giveIncidents(1);
        const { bundle, kept, problems: rows } = importer.finish();
        const csv: CsvSummary = { format, header, kept, bad: rows.length, problems: rows.slice(0, SENT_ROW_PROBLEMS) };
        if (!bundle) {
          resolve({ dataset: null, problems: [{ file: name, message: 'no row could be kept' }, ...rowWarnings(name, csv)], csv });
          return;
        }
        const problems = (checked: LoadResult) => [...checked.problems, ...rowWarnings(name, csv)];
        if (!onIncidents) {
          const checked = checkedImport(bundle, name);
          resolve({ dataset: checked.dataset, problems: problems(checked), csv });
          return;
        }
        // The bundle holds none of the incidents given on: those held back are validated with it.
        const checked = checkedImport({ ...bundle, files: { ...bundle.files, incidents: held } }, name);
        if (!checked.dataset) return resolve({ dataset: null, problems: problems(checked), csv });
        resolve({ dataset: { ...checked.dataset, incidents: [] }, problems: problems(checked), csv, given: sent.order(checked.dataset.incidents) });
      },
      error(err: Error) {
        if (stopped) return;
        signal?.removeEventListener('abort', onAbort);
        resolve({ dataset: null, problems: [{ file: name, message: `could not be read: ${err.message}` }], csv: { format, header, kept: 0, bad: 0, problems: [] } });
      },
    });
  });
}

/** A file whose header is neither ACLED's nor UCDP GED's: nothing is read past it. */
function unknownHeader(name: string, header: string[]): CsvLoadResult {
  return {
    dataset: null,
    problems: [{
      file: name, record: 'row 1',
      message: `is neither an ACLED export (expected the columns event_id_cnty and event_date) nor a UCDP GED export (expected date_start and where_prec); its header has ${header.slice(0, 12).join(', ')}${header.length > 12 ? ', …' : ''}`,
    }],
    csv: { format: null, header, kept: 0, bad: 0, problems: [] },
  };
}
