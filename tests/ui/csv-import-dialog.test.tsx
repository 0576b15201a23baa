// Load data's CSV states, by role and label: progress with the format recognised and Cancel, the rows
// kept and left out (the first 200 listed, the rest counted), and a header of neither codebook.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { BackgroundOptions } from '../../src/app/load-client';
import type { CsvLoadResult } from '../../src/app/csv-result';
import type { DatasetRequest } from '../../src/app/load-messages';
import type { RowProblem } from '../../src/core/import/row-problem';
import type { AppStore } from '../../src/store/store';
import { ImportDialog } from '../../src/ui/data/ImportDialog';
import { importedDataset } from '../helpers/import-fixture';
import { fixtureStore, renderWith } from './render-app';

// The worker is not started here: each test decides what the load reports and when it ends.
const calls: { file: File; options: BackgroundOptions; resolve: (r: CsvLoadResult) => void }[] = [];
vi.mock('../../src/app/load-client', () => ({
  loadInBackground: (request: DatasetRequest, options: BackgroundOptions) => new Promise<CsvLoadResult>((resolve, reject) => {
    if (request.kind !== 'csv') throw new Error(`not a CSV load: ${request.kind}`);
    calls.push({ file: request.file, options, resolve });
    options.signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
  }),
}));

let store: AppStore;
beforeEach(async () => {
  calls.length = 0;
  store = await fixtureStore();
  renderWith(store, <ImportDialog open onClose={() => {}} />);
});
afterEach(() => { calls.length = 0; });

const dialog = () => screen.getByRole('dialog', { name: 'Load data' });
const csvFile = (name = 'export.csv') => new File(['invented,header\n'], name, { type: 'text/csv' });

async function choose(file: File) {
  await userEvent.upload(within(dialog()).getByLabelText('Choose files, or drop them here'), file);
  await waitFor(() => expect(calls).toHaveLength(1));
  return calls[0]!;
}

/** Invented bad rows, one per row from row 2. */
const badRows = (n: number): RowProblem[] => Array.from({ length: n }, (_, i) => ({ row: i + 2, column: 'latitude', value: `9${i}`, message: 'is outside -90 to 90' }));

describe('Load data with a CSV export', () => {
  it('accepts .csv files beside the JSON ones', () => {
    expect(within(dialog()).getByLabelText('Choose files, or drop them here').getAttribute('accept')).toMatch(/\.json.*\.csv|\.csv.*\.json/);
  });

  it('shows progress and the format recognised; Cancel stops the load and leaves the dataset', async () => {
    const before = store.getState().dataset;
    const call = await choose(csvFile());
    expect(call.file.name).toBe('export.csv');
    call.options.onFormat?.('acled');
    call.options.onProgress?.(1_048_576, 4_194_304, 'export.csv');
    const status = await within(dialog()).findByText(/Recognised: ACLED export/);
    expect(status.textContent).toMatch(/Reading export\.csv/);
    expect(within(dialog()).getByRole('progressbar').getAttribute('value')).toBe('1048576');
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    expect(call.options.signal?.aborted).toBe(true);
    await within(dialog()).findByText(/The import was cancelled/);
    expect(store.getState().dataset).toBe(before);
  });

  it('loads the kept rows, counts both, lists the first 200 bad rows and says how many more', async () => {
    const call = await choose(csvFile('acled.csv'));
    const dataset = importedDataset('tests/fixtures/acled/malformed.csv');
    call.resolve({ dataset, problems: [], csv: { format: 'acled', header: ['event_id_cnty'], kept: 2, bad: 250, problems: badRows(250) } });
    await within(dialog()).findByText('2 rows kept, 250 rows with problems');
    expect(within(dialog()).getByText(/maps incidents only/)).toBeTruthy();
    const table = within(dialog()).getByRole('region', { name: 'Rows with problems' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(201);
    expect(rows[1]?.textContent).toBe('2latitude90is outside -90 to 90');
    expect(within(dialog()).getByText('and 50 more')).toBeTruthy();
    expect(within(dialog()).getByRole('button', { name: 'Download the problems as CSV' })).toBeTruthy();
    expect(store.getState().dataset).toBe(dataset);
    expect(store.getState().origin).toEqual({ kind: 'files', name: 'acled.csv' });
  });

  it('says which columns it expected when the header is neither ACLED\'s nor UCDP\'s, and loads nothing', async () => {
    const before = store.getState().dataset;
    const call = await choose(csvFile('other.csv'));
    call.resolve({ dataset: null, problems: [{ file: 'other.csv', message: 'neither' }], csv: { format: null, header: ['name', 'when'], kept: 0, bad: 0, problems: [] } });
    const text = await within(dialog()).findByText(/neither an ACLED export nor a UCDP GED export/);
    expect(text.textContent).toMatch(/event_id_cnty and event_date.*date_start and where_prec.*header has: name, when\./);
    expect(store.getState().dataset).toBe(before);
  });
});
