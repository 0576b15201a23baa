// "Load data": a dataset from files (picked or dropped) or from an address; it is validated as a whole
// first, and a dataset with problems is never half-loaded: the reader sees the list, the map stays.
import { useState } from 'preact/hooks';
import { fileSet } from '../../app/file-source';
import { datasetUrl } from '../../app/page-links';
import { loadInBackground } from '../../app/load-client';
import { hasErrors } from '../../core/problems';
import type { Problem } from '../../core/types';
import { ProblemsPanel } from '../panels/ProblemsPanel';
import { Dialog } from '../share/Dialog';
import { useAppStore } from '../store-context';
import { formatCount } from '../../core/locale';
import { useLang, useT } from '../use-t';
import { useMoreT } from '../use-more-t';

type Status =
  | { kind: 'idle' }
  | { kind: 'loading'; done: number; total: number; file: string }
  | { kind: 'failed'; problems: Problem[] };

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

  const load = async (files: File[]) => {
    if (files.length === 0) return;
    setStatus({ kind: 'loading', done: 0, total: files.length, file: files[0]?.name ?? '' });
    const set = await fileSet(files);
    if (!set.entry) {
      setStatus({ kind: 'failed', problems: [{ file: files.map((f) => f.name).join(', '), message: set.reason ?? 'not a dataset' }] });
      return;
    }
    const result = await loadInBackground({ kind: 'files', entry: set.entry, texts: set.texts },
      (done, total, file) => setStatus({ kind: 'loading', done, total, file }));
    if (!result.dataset || hasErrors(result.problems)) {
      setStatus({ kind: 'failed', problems: result.problems });
      return;
    }
    const { dataset } = result;
    store.getState().replaceDataset(dataset, result.problems, { kind: 'files', name: set.entry });
    const count = (n: number, say: typeof m.siteCount) => say(formatCount(n, lang), n);
    store.getState().addNotice('import', m.loadedFromFiles(dataset.manifest.title, count(dataset.incidents.length, m.incidentCount),
      count(dataset.sites.length, m.siteCount)));
    onDone();
  };

  return (
    <div class="import">
      <p>{m.importIntro}</p>
      <div class={`drop-zone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); void load([...(e.dataTransfer?.files ?? [])]); }}>
        <label>
          <span>{m.chooseFiles}</span>
          <input type="file" multiple accept=".json,.geojson,application/json,application/geo+json"
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
      {status.kind === 'loading' ? (
        <p role="status" class="import-progress">
          {m.reading(status.file)} <progress max={status.total} value={status.done}>{m.progressOf(status.done, status.total)}</progress>
        </p>
      ) : null}
      {status.kind === 'failed' ? (
        <div class="import-failed">
          <p role="status">{m.nothingLoaded}</p>
          <ProblemsPanel problems={status.problems} title={m.problemsInChosenData(formatCount(status.problems.length, lang), status.problems.length)} />
        </div>
      ) : null}
    </div>
  );
}
