// "Embed": the <iframe> snippet for the current view, ready to paste into an article.
import { useEffect, useRef, useState } from 'preact/hooks';
import { embedSnippet } from '../../app/page-links';
import { ampEmbedSnippet, responsiveEmbedSnippet } from '../../app/responsive-embed';
import { useApp } from '../store-context';
import { useMoreT } from '../use-more-t';
import { copyMessage, copyText } from './copy-text';
import { Dialog } from './Dialog';
import { fallbackImageHtml, loadPreviewList } from './embed-fallback';

const HEIGHTS = [480, 560, 640];

export function EmbedDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const m = useMoreT();
  return <Dialog title={m.embedTitle} open={open} onClose={onClose}><EmbedBody /></Dialog>;
}

/** Mounted only while the dialog is open. */
function EmbedBody() {
  const state = useApp((s) => s);
  const [form, setForm] = useState<'responsive' | 'fixed' | 'amp'>('responsive');
  const [height, setHeight] = useState(560);
  const [message, setMessage] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const m = useMoreT();
  const [previews, setPreviews] = useState<Awaited<ReturnType<typeof loadPreviewList>>>(null);
  useEffect(() => { void loadPreviewList(location.href).then(setPreviews); }, []);
  // The frame, then the nearest picture the build drew, for readers without JavaScript.
  const frame = form === 'responsive' ? responsiveEmbedSnippet(state)
    : form === 'amp' ? ampEmbedSnippet(state, { overflow: m.embedAmpOverflow }) : embedSnippet(state, height);
  // AMP forbids a plain <img>: its form goes without the picture.
  const code = form === 'amp' ? frame : frame + fallbackImageHtml(previews, state.time, state.lang, location.href);
  return (
    <>
      <p>{m.embedIntro}</p>
      <fieldset class="embed-form">
        <legend>{m.embedForm}</legend>
        <label><input type="radio" name="embed-form" checked={form === 'responsive'} onChange={() => setForm('responsive')} /> {m.embedResponsive}</label>
        <label><input type="radio" name="embed-form" checked={form === 'fixed'} onChange={() => setForm('fixed')} /> {m.embedFixed}</label>
        <label><input type="radio" name="embed-form" checked={form === 'amp'} onChange={() => setForm('amp')} /> {m.embedAmp}</label>
      </fieldset>
      {form !== 'fixed' ? <p class="dialog-note">{form === 'amp' ? m.embedAmpNote : m.embedResponsiveNote}</p> : (
        <label class="embed-height">
          {m.height}{' '}
          <select value={String(height)} onChange={(e) => setHeight(Number(e.currentTarget.value))}>
            {HEIGHTS.map((h) => <option key={h} value={String(h)}>{m.pixels(h)}</option>)}
          </select>
        </label>
      )}
      <label class="embed-code">
        <span>{m.embedCode}</span>
        <textarea ref={field} readOnly rows={5} value={code} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={async () => setMessage(copyMessage(await copyText(code, field.current), m))}>{m.copyEmbed}</button>
      <p class="copy-status" role="status">{message}</p>
      <p class="dialog-note">{m.embedSandboxNote} <code dir="ltr">sandbox="allow-scripts allow-popups"</code></p>
    </>
  );
}
