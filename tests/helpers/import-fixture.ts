// A fixture CSV export read as the command line reads it (streamed through papaparse into the
// importer), and its dataset validated as any dataset is.
import { readBundle } from '../../src/core/bundle';
import type { ImportResult } from '../../src/core/import/csv-importer';
import type { CsvFormat } from '../../src/core/import/detect-csv-format';
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
