// "Embed": the <iframe> snippet for the current view, ready to paste into an article.
import { useRef, useState } from 'preact/hooks';
import { embedSnippet } from '../../app/page-links';
import { useApp } from '../store-context';
import { useT } from '../use-t';
import { copyMessage, copyText } from './copy-text';
import { Dialog } from './Dialog';

const HEIGHTS = [480, 560, 640];

export function EmbedDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  return <Dialog title={t.embedTitle} open={open} onClose={onClose}><EmbedBody /></Dialog>;
}

/** Mounted only while the dialog is open. */
function EmbedBody() {
  const state = useApp((s) => s);
  const [height, setHeight] = useState(560);
  const [message, setMessage] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const t = useT();
  const code = embedSnippet(state, height);
  return (
    <>
      <p>{t.embedIntro}</p>
      <label class="embed-height">
        {t.height}{' '}
        <select value={String(height)} onChange={(e) => setHeight(Number(e.currentTarget.value))}>
          {HEIGHTS.map((h) => <option key={h} value={String(h)}>{t.pixels(h)}</option>)}
        </select>
      </label>
      <label class="embed-code">
        <span>{t.embedCode}</span>
        <textarea ref={field} readOnly rows={5} value={code} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={async () => setMessage(copyMessage(await copyText(code, field.current), t))}>{t.copyEmbed}</button>
      <p class="copy-status" role="status">{message}</p>
      <p class="dialog-note">{t.embedSandboxNote} <code dir="ltr">sandbox="allow-scripts allow-popups"</code></p>
    </>
  );
}
