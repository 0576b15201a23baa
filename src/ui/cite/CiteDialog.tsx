// "Cite": the dataset, or one record, at the view shown, as a plain reference, BibTeX, CSL-JSON or
// RIS, to copy or download. The formats' writer (citation-js) loads when the dialog opens.
import './cite.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { citeUrl } from '../../app/cite-link';
import { sitePublisher } from '../../app/site-publisher';
import { CITE_FORMATS, citationItem, type CiteFormat, type CiteRecord } from '../../core/citation';
import { nameIn } from '../../core/names';
import { downloadText } from '../data/download';
import { copyMessage, copyText } from '../share/copy-text';
import { Dialog } from '../share/Dialog';
import { useApp, useAppStore } from '../store-context';
import { useMoreT } from '../use-more-t';
import { useLang } from '../use-t';

const FILES: Record<CiteFormat, { ext: string; type: string }> = {
  text: { ext: 'txt', type: 'text/plain' },
  bibtex: { ext: 'bib', type: 'application/x-bibtex' },
  csl: { ext: 'json', type: 'application/vnd.citationstyles.csl+json' },
  ris: { ext: 'ris', type: 'application/x-research-info-systems' },
};

/** The reader's date (their clock, their time zone): the day they accessed the data. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Mounted while the dialog is open: the citation is of the view at the moment it opened. */
function CiteBody({ record }: { record?: CiteRecord | undefined }) {
  const store = useAppStore();
  const m = useMoreT();
  const [texts, setTexts] = useState<Record<CiteFormat, string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [format, setFormat] = useState<CiteFormat>('text');
  const [message, setMessage] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const [version] = useState(() => store.getState().dataset?.manifest.version ?? '');

  useEffect(() => {
    const s = store.getState();
    const { dataset } = s;
    if (!dataset) return;
    let live = true;
    const permalink = citeUrl(s, record);
    Promise.all([import('../../core/cite-formats'), sitePublisher()]).then(([formats, publisher]) => {
      if (live) setTexts(formats.citeFormats(citationItem({ dataset, permalink, publisher, accessed: today(), record })));
    }, (err: unknown) => { if (live) setError(String(err)); });
    return () => { live = false; };
  }, [store, record]);

  if (error) return <p role="alert">{m.citeFailed(error)}</p>;
  const text = texts?.[format] ?? '';
  const fileName = `${store.getState().dataset?.manifest.id ?? 'dataset'}${record ? `-${record.id}` : ''}.${FILES[format].ext}`;
  return (
    <div class="cite">
      <p>{record ? m.citeRecordIntro : m.citeDatasetIntro} {m.citeVersionNote(version)}</p>
      <fieldset class="cite-formats">
        <legend>{m.citeFormat}</legend>
        {CITE_FORMATS.map((f) => (
          <label key={f}>
            <input type="radio" name="cite-format" value={f} checked={format === f} onChange={() => { setFormat(f); setMessage(''); }} />
            {m.citeFormats[f]}
          </label>
        ))}
      </fieldset>
      <label class="cite-text">
        <span>{m.citeTextLabel(m.citeFormats[format])}</span>
        {/* Citations are Latin script and code: laid out left to right in any page. */}
        <textarea ref={field} readOnly rows={format === 'text' ? 6 : 10} dir="ltr" lang="en" value={texts ? text : m.citeLoading}
          aria-busy={texts ? 'false' : 'true'} onFocus={(e) => e.currentTarget.select()} />
      </label>
      {format === 'text' && m.citeEnglishNote ? <p class="dialog-note">{m.citeEnglishNote}</p> : null}
      <div class="cite-actions">
        <button type="button" disabled={!texts} onClick={async () => setMessage(copyMessage(await copyText(text, field.current), m))}>{m.copy}</button>
        <button type="button" disabled={!texts} onClick={() => downloadText(text, fileName, FILES[format].type)}>{m.citeDownload}</button>
      </div>
      <p class="copy-status" role="status">{message}</p>
    </div>
  );
}

/** `record`: the record a popup cites; 'cite' (the header's action): the dataset. */
export function CiteDialog({ open, onClose, record: chosen }: { open: boolean; onClose: () => void; record?: CiteRecord | 'cite' | undefined }) {
  const record = chosen === 'cite' ? undefined : chosen;
  const m = useMoreT();
  const lang = useLang();
  const title = useApp((s) => {
    if (!record || !s.dataset) return null;
    if (record.kind === 'incident') return s.dataset.incidents.find((i) => i.id === record.id)?.title ?? record.id;
    const site = s.dataset.sites.find((x) => x.id === record.id);
    return site ? nameIn(site.properties.name, lang).text : record.id;
  });
  return <Dialog title={title === null ? m.citeTitle : m.citeRecordTitle(title)} open={open} onClose={onClose}><CiteBody record={record} /></Dialog>;
}
