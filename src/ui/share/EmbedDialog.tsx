// "Embed": the <iframe> snippet for a view, ready to paste into an article, with live previews of it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { viewUrl } from '../../app/page-links';
import { STARTING_HEIGHT } from '../../app/responsive-embed';
import { useApp } from '../store-context';
import { useMoreT } from '../use-more-t';
import { copyMessage, copyText } from './copy-text';
import { Dialog } from './Dialog';
import { fallbackImageHtml, loadPreviewList } from './embed-fallback';
import { EmbedLookChoice } from './EmbedLookChoice';
import { EmbedPreview } from './EmbedPreview';
import { embedSnippet, type EmbedForm } from './embed-snippet';
import { embedUrl, type EmbedTheme, type EmbedView } from './embed-url';
import { embedViewTime } from './embed-view-time';
import { EmbedViewChoice } from './EmbedViewChoice';

const HEIGHTS = [480, 560, 640];

export function EmbedDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const m = useMoreT();
  return <Dialog title={m.embedTitle} open={open} onClose={onClose}><EmbedBody /></Dialog>;
}

/** Mounted only while the dialog is open. */
function EmbedBody() {
  const state = useApp((s) => s);
  const [form, setForm] = useState<EmbedForm>('responsive');
  const [height, setHeight] = useState(560);
  const [view, setView] = useState<EmbedView>({ kind: 'current' });
  const [theme, setTheme] = useState<EmbedTheme>('light');
  const [plain, setPlain] = useState(false);
  const [message, setMessage] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const m = useMoreT();
  const [previews, setPreviews] = useState<Awaited<ReturnType<typeof loadPreviewList>>>(null);
  useEffect(() => { void loadPreviewList(location.href).then(setPreviews); }, []);
  const src = embedUrl({ viewUrl: viewUrl(state, true), view, theme, plain });
  const frame = embedSnippet({ form, src, title: state.dataset?.manifest.title ?? 'Map', height, overflow: m.embedAmpOverflow });
  // The frame, then the picture the build drew nearest the chosen view, for readers without JavaScript.
  // AMP forbids a plain <img>: its form goes without the picture.
  const code = form === 'amp' ? frame : frame + fallbackImageHtml(previews, embedViewTime(state, view), state.lang, location.href);
  return (
    <div class="embed-layout">
      <div class="embed-options">
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
        <EmbedViewChoice view={view} onChange={setView} story={state.dataset?.story ?? []} defaultStep={state.step ?? undefined} />
        <EmbedLookChoice theme={theme} plain={plain} onTheme={setTheme} onPlain={setPlain} />
        <label class="embed-code">
          <span>{m.embedCode}</span>
          <textarea ref={field} readOnly rows={5} dir="ltr" value={code} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button type="button" onClick={async () => setMessage(copyMessage(await copyText(code, field.current), m))}>{m.copyEmbed}</button>
        <p class="copy-status" role="status">{message}</p>
        <p class="dialog-note">{m.embedSandboxNote} <code dir="ltr">sandbox="allow-scripts allow-popups"</code></p>
      </div>
      <EmbedPreview src={src} followsMap={form !== 'fixed'} height={form === 'fixed' ? height : STARTING_HEIGHT[form]} />
    </div>
  );
}
