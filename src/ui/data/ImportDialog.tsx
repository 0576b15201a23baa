// "Load data": a dataset from files (picked or dropped) or from an address; it is validated as a whole
// first, and a dataset with problems is never half-loaded: the reader sees the list, the map stays.
// An ACLED or UCDP CSV export is read row by row in the worker: its good rows are kept, its bad ones listed.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CsvSummary } from '../../app/csv-result';
import { fileSet } from '../../app/file-source';
import type { CsvFormat } from '../../core/import/detect-csv-format';
import { CSV_WORDS } from '../../i18n/csv-words';
import { CsvImportResult } from './CsvImportResult';
import { datasetUrl } from '../../app/page-links';
import { loadInBackground } from '../../app/load-client';
import { nextTask } from '../../app/next-task';
import { indexDataset } from '../../core/dataset-index';
import { hasErrors } from '../../core/problems';
import type { Problem } from '../../core/types';
import { ProblemsPanel } from '../panels/ProblemsPanel';
import { preloadNotices } from '../Notices';
import { Dialog } from '../share/Dialog';
import { useAppStore } from '../store-context';
import { formatCount } from '../../core/locale';
import { useLang, useT } from '../use-t';
import { useMoreT } from '../use-more-t';

type Status =
  | { kind: 'idle' }
  | { kind: 'loading'; done: number; total: number; file: string; csv?: boolean; format?: CsvFormat }
  | { kind: 'failed'; problems: Problem[]; csv?: CsvSummary; file?: string }
  /** A CSV export loaded: the map shows it, the dialog says what was kept and left out. */
  | { kind: 'csv-loaded'; csv: CsvSummary; file: string }
  | { kind: 'cancelled' };

const isCsv = (f: File) => /\.csv$/i.test(f.name) || f.type === 'text/csv';
const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1);

export function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  return <Dialog title={t.loadData} open={open} onClose={onClose}><ImportBody onDone={onClose} /></Dialog>;
}

function ImportBody({ onDone }: { onDone: () => void }) {
  const store = useAppStore();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [address, setAddress] = useState('');
  const m = useMoreT();
  const lang = useLang();
  const w = CSV_WORDS[lang];
  const importing = useRef<AbortController | null>(null);
  // Closing the dialog (Escape too) stops an import under way: the map stays as it was.
  useEffect(() => () => importing.current?.abort(), []);

  const loadCsv = async (file: File) => {
    const controller = new AbortController();
    importing.current = controller;
    // The notice that says what was loaded comes with the map, not a moment after it (which moved the map).
    const noticesReady = preloadNotices();
    let format: CsvFormat | undefined;
    setStatus({ kind: 'loading', done: 0, total: file.size, file: file.name, csv: true });
    try {
      const result = await loadInBackground({ kind: 'csv', file }, {
        signal: controller.signal,
        onFormat: (f) => { format = f; },
        onProgress: (done, total) => setStatus({ kind: 'loading', done, total, file: file.name, csv: true, ...(format ? { format } : {}) }),
      });
      if (!result.dataset || hasErrors(result.problems)) {
        setStatus({ kind: 'failed', problems: result.problems, csv: result.csv, file: file.name });
        return;
      }
      const { dataset } = result;
      // Indexed in a task of its own, then drawn: the page is not held for both at once.
      const index = indexDataset(dataset);
      await nextTask();
      await noticesReady;
      if (controller.signal.aborted) return setStatus({ kind: 'cancelled' });
      store.getState().replaceDataset(dataset, result.problems, { kind: 'files', name: file.name }, index);
      store.getState().addNotice('import', m.loadedFromFiles(dataset.manifest.title, m.incidentCount(formatCount(dataset.incidents.length, lang), dataset.incidents.length),
        m.siteCount(formatCount(dataset.sites.length, lang), dataset.sites.length)));
      setStatus({ kind: 'csv-loaded', csv: result.csv, file: file.name });
    } catch (err) {
      if (controller.signal.aborted) setStatus({ kind: 'cancelled' });
      else setStatus({ kind: 'failed', problems: [{ file: file.name, message: err instanceof Error ? err.message : String(err) }] });
    } finally {
      if (importing.current === controller) importing.current = null;
    }
  };

  const load = async (files: File[]) => {
    if (files.length === 0 || status.kind === 'loading') return;
    const csv = files.length === 1 ? files.find(isCsv) : undefined;
    if (csv) return loadCsv(csv);
    const noticesReady = preloadNotices();
    setStatus({ kind: 'loading', done: 0, total: files.length, file: files[0]?.name ?? '' });
    const set = await fileSet(files);
    if (!set.entry) {
      setStatus({ kind: 'failed', problems: [{ file: files.map((f) => f.name).join(', '), message: set.reason ?? 'not a dataset' }] });
      return;
    }
    const result = await loadInBackground({ kind: 'files', entry: set.entry, texts: set.texts },
      { onProgress: (done, total, file) => setStatus({ kind: 'loading', done, total, file }) });
    if (!result.dataset || hasErrors(result.problems)) {
      setStatus({ kind: 'failed', problems: result.problems });
      return;
    }
    const { dataset } = result;
    await noticesReady;
    store.getState().replaceDataset(dataset, result.problems, { kind: 'files', name: set.entry });
    const count = (n: number, say: typeof m.siteCount) => say(formatCount(n, lang), n);
    store.getState().addNotice('import', m.loadedFromFiles(dataset.manifest.title, count(dataset.incidents.length, m.incidentCount),
      count(dataset.sites.length, m.siteCount)));
    onDone();
  };

  return (
    <div class="import">
      <p>{m.importIntro}</p>
      <p>{w.intro}</p>
      <div class={`drop-zone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); void load([...(e.dataTransfer?.files ?? [])]); }}>
        <label>
          <span>{m.chooseFiles}</span>
          <input type="file" multiple accept=".json,.geojson,.csv,application/json,application/geo+json,text/csv"
            onChange={(e) => void load([...((e.currentTarget as HTMLInputElement).files ?? [])])} />
        </label>
      </div>
      <form class="import-address" onSubmit={(e) => {
        e.preventDefault();
        location.assign(datasetUrl(address));
      }}>
        <label>
          <span>{m.orAddress}</span>
          <input type="url" required value={address} placeholder="https://example.org/data/dataset.json"
            onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit">{m.open}</button>
      </form>
      {status.kind === 'loading' && !status.csv ? (
        <p role="status" class="import-progress">
          {m.reading(status.file)} <progress max={status.total} value={status.done}>{m.progressOf(status.done, status.total)}</progress>
        </p>
      ) : null}
      {status.kind === 'loading' && status.csv ? (
        <div class="import-progress">
          <p role="status">
            {m.reading(status.file)}{status.format ? ` ${w.recognised(w.format[status.format])}` : ''}{' '}
            <progress max={status.total || 1} value={status.done} aria-label={m.reading(status.file)}>{w.progress(megabytes(status.done), megabytes(status.total))}</progress>
          </p>
          <button type="button" onClick={() => importing.current?.abort()}>{w.cancel}</button>
        </div>
      ) : null}
      {status.kind === 'cancelled' ? <p role="status">{w.cancelled}</p> : null}
      {status.kind === 'csv-loaded' ? <CsvImportResult csv={status.csv} file={status.file} w={w} onClose={onDone} /> : null}
      {status.kind === 'failed' && status.csv ? (
        <div class="import-failed">
          <p role="status">{m.nothingLoaded}</p>
          {status.csv.format === null && status.csv.header.length > 0 ? <p>{w.notAnExport(status.csv.header.join(', '))}</p>
            : <CsvImportResult csv={status.csv} file={status.file ?? ''} w={w} />}
        </div>
      ) : null}
      {status.kind === 'failed' && !status.csv ? (
        <div class="import-failed">
          <p role="status">{m.nothingLoaded}</p>
          <ProblemsPanel problems={status.problems} title={m.problemsInChosenData(formatCount(status.problems.length, lang), status.problems.length)} />
        </div>
      ) : null}
    </div>
  );
}
