// "Embed": the <iframe> snippet for the current view, ready to paste into an article.
import { useRef, useState } from 'preact/hooks';
import { embedSnippet } from '../../app/page-links';
import { useApp } from '../store-context';
import { COPY_MESSAGES, copyText } from './copy-text';
import { Dialog } from './Dialog';

const HEIGHTS = [480, 560, 640];

export function EmbedDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return <Dialog title="Embed this map" open={open} onClose={onClose}><EmbedBody /></Dialog>;
}

/** Mounted only while the dialog is open. */
function EmbedBody() {
  const state = useApp((s) => s);
  const [height, setHeight] = useState(560);
  const [message, setMessage] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const code = embedSnippet(state, height);
  return (
    <>
      <p>Paste this into an article. The frame opens at this view, in a compact layout that fits any width from 300 px.</p>
      <label class="embed-height">
        Height{' '}
        <select value={String(height)} onChange={(e) => setHeight(Number(e.currentTarget.value))}>
          {HEIGHTS.map((h) => <option key={h} value={String(h)}>{h} px</option>)}
        </select>
      </label>
      <label class="embed-code">
        <span>Embed code</span>
        <textarea ref={field} readOnly rows={5} value={code} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={async () => setMessage(COPY_MESSAGES[await copyText(code, field.current)])}>Copy embed code</button>
      <p class="copy-status" role="status">{message}</p>
      <p class="dialog-note">The map also works in a sandboxed frame (<code>sandbox="allow-scripts allow-popups"</code>) when the site serving it allows cross-origin requests for its files.</p>
    </>
  );
}
