// A fixture CSV export read as the command line reads it (streamed through papaparse into the
// importer), or whole (for the jsdom tests), and its dataset validated as any dataset is.
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { readBundle } from '../../src/core/bundle';
import { createCsvImporter, type CsvImporter, type ImportResult } from '../../src/core/import/csv-importer';
import { CSV_PARSE_OPTIONS } from '../../src/core/import/csv-parse-options';
import { detectCsvFormat, type CsvFormat } from '../../src/core/import/detect-csv-format';
import type { Dataset, Incident, Problem } from '../../src/core/types';
import { readCsvExport } from '../../src/cli/read-csv-export';

export async function importFixture(path: string, format?: CsvFormat): Promise<ImportResult> {
  const result = await readCsvExport({ path, format });
  if ('error' in result) throw new Error(result.error);
  return result;
}

/** The imported dataset after validation, and what validation said of it. */
export function validated(result: ImportResult): { dataset: Dataset | null; problems: Problem[] } {
  if (!result.bundle) throw new Error('no dataset: no row was kept');
  return readBundle(JSON.parse(JSON.stringify(result.bundle)), 'imported');
}

/** An imported incident by id (it must be there). */
export function incident(result: ImportResult, id: string): Incident {
  const found = result.bundle?.files.incidents.find((i) => i.id === id);
  if (!found) throw new Error(`no incident ${id}`);
  return found;
}

/** Every fixture export of both codebooks. */
export const CODEBOOK_FIXTURES = ['acled', 'ucdp'].flatMap((dir) => readdirSync(`tests/fixtures/${dir}`).map((f) => `tests/fixtures/${dir}/${f}`));

/**
 * The importer after every row of a fixture export parsed whole with the shared options; with
 * `fieldsApart`, writing the original columns apart as the loader's worker has it do.
 */
export function importerAfter(path: string, { fieldsApart = false } = {}): CsvImporter {
  const [header = [], ...records] = Papa.parse<string[]>(readFileSync(path, 'utf8'), CSV_PARSE_OPTIONS).data;
  const format = detectCsvFormat(header);
  if (!format) throw new Error(`${path}: neither codebook`);
  const importer = createCsvImporter(format, { name: path, header, fieldsApart });
  records.forEach((values, i) => importer.addValues(values, i + 2));
  return importer;
}

/** Keys in their order, all the way down: what toEqual does not compare. */
export const keysOf = (v: unknown): unknown => (v && typeof v === 'object' ? (Array.isArray(v) ? v.map(keysOf) : Object.entries(v).map(([k, x]) => [k, keysOf(x)])) : v);

/** A fixture export parsed whole with the shared options, imported and validated (it must be valid). */
export function importedDataset(path: string): Dataset {
  const { dataset } = validated(importerAfter(path).finish());
  if (!dataset) throw new Error(`${path}: not valid`);
  return dataset;
}
