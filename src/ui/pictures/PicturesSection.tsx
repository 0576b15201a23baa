// "Pictures" in the Export dialog: the view as the reader sees it (map view, time, legend, credits)
// as a PNG at 1× and 2×, with its alt text; and, for a range, an animated GIF with progress and
// Cancel. Drawn by the core's renderer, rasterised by the browser; all of it loads on demand.
import { originFileTag } from '../../core/data-origin';
import { useRef, useState } from 'preact/hooks';
import { bordersForPicture } from '../../app/picture-borders';
import { canvasToPng, svgToCanvas } from '../../app/svg-to-png';
import { Cancelled, encodeGif } from '../../app/gif-in-browser';
import { fileNameTime } from '../../core/export-features';
import { formatCount } from '../../core/locale';
import { altText } from '../../core/render/alt-text';
import { renderViewSvg, type RenderRequest } from '../../core/render/render-view';
import { HOUR } from '../../core/time';
import { PICTURES_WORDS } from '../../i18n/pictures-words';
import type { AppState } from '../../store/store';
import { downloadBlob } from '../data/download';
import { copyMessage, copyText } from '../share/copy-text';
import { useAppStore } from '../store-context';
import { useLang } from '../use-t';
import { useMoreT } from '../use-more-t';

/** The picture's size: the map's on screen, within what a newsroom can use. */
function pictureSize(doc: Document): { width: number; height: number } {
  const map = doc.querySelector('.map-area > .map:not(.compare-start)');
  const rect = map?.getBoundingClientRect();
  const clamp = (n: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, n)));
  return { width: clamp(rect?.width ?? 1200, 480, 2400), height: clamp(rect?.height ?? 630, 320, 2400) };
}

function requestOf(s: AppState, size: { width: number; height: number }): RenderRequest | null {
  if (!s.dataset || !s.index) return null;
  return {
    dataset: s.dataset, index: s.index, lang: s.lang, layers: s.layers, frame: s.view, selectedId: s.selectedId, origin: s.origin,
    view: { time: s.time, span: s.span, rangeStart: s.rangeStart }, ...size,
  };
}

const STEPS_HOURS = [0.5, 1, 3, 6];
/** A longer animation is a video, not a GIF for an article. */
const MAX_FRAMES = 400;

export function PicturesSection() {
  const store = useAppStore();
  const lang = useLang();
  const w = PICTURES_WORDS[lang];
  const m = useMoreT();
  const [size] = useState(() => pictureSize(document));
  const s = store.getState();
  const request = requestOf(s, size);
  const [status, setStatus] = useState('');
  const [copyStatus, setCopyStatus] = useState('');
  const altField = useRef<HTMLTextAreaElement>(null);
  if (!request) return null;
  const alt = altText(request);
  const tz = request.dataset.manifest.timezone;
  const stem = `${request.dataset.manifest.id}_${fileNameTime(s.rangeStart ?? s.time, tz, s.span === 'day')}${s.span === 'range' ? `_${fileNameTime(s.time, tz, false)}` : ''}${originFileTag(s.origin)}`;

  const downloadPng = async (scale: number) => {
    setStatus(w.working);
    try {
      const canvas = await svgToCanvas(renderViewSvg({ ...request, borders: await bordersForPicture(request) }), size.width, size.height, scale);
      downloadBlob(await canvasToPng(canvas), `${stem}${scale === 1 ? '' : `@${scale}x`}.png`);
      setStatus('');
    } catch (err) {
      setStatus(w.failed(String(err)));
    }
  };

  return (
    <>
      <section class="pictures">
        <h3>{w.heading}</h3>
        <p>{w.about(formatCount(size.width, lang), formatCount(size.height, lang))}</p>
        <p class="export-buttons">
          <button type="button" onClick={() => void downloadPng(1)}>{w.downloadPng('1×')}</button>{' '}
          <button type="button" onClick={() => void downloadPng(2)}>{w.downloadPng('2×')}</button>
        </p>
        <label class="embed-code">
          <span>{w.altLabel}</span>
          <textarea ref={altField} readOnly rows={4} value={alt} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <p class="dialog-note">{w.altAbout}</p>
        <button type="button" onClick={async () => setCopyStatus(copyMessage(await copyText(alt, altField.current), m))}>{w.copyAlt}</button>
        <p class="copy-status" role="status">{copyStatus}{status}</p>
      </section>
      {s.span === 'range' && s.rangeStart !== null ? <AnimationPart request={request} start={s.rangeStart} end={s.time} stem={stem} /> : null}
    </>
  );
}

function AnimationPart({ request, start, end, stem }: { request: RenderRequest; start: number; end: number; stem: string }) {
  const lang = useLang();
  const w = PICTURES_WORDS[lang];
  const [stepHours, setStepHours] = useState(1);
  const [done, setDone] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const abort = useRef<AbortController | null>(null);
  const step = stepHours * HOUR;
  const count = Math.floor((end - start) / step) + 1;
  const tooMany = count > MAX_FRAMES;

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setMessage('');
    setDone(0);
    try {
      // Every frame frames the same: the borders are fetched once.
      const borders = await bordersForPicture(request);
      const blob = await encodeGif({
        width: request.width, height: request.height, count, delay: 500,
        draw: (i) => svgToCanvas(renderViewSvg({ ...request, borders, view: { time: start + i * step, span: 'moment' }, selectedId: null }), request.width, request.height),
      }, { signal: controller.signal, onProgress: setDone });
      downloadBlob(blob, `${stem}.gif`);
      setDone(null);
    } catch (err) {
      setDone(null);
      setMessage(err instanceof Cancelled ? w.cancelled : w.failed(String(err)));
    } finally {
      abort.current = null;
    }
  };

  return (
    <section class="pictures">
      <h3>{w.animationHeading}</h3>
      <p>{w.animationAbout}</p>
      <label>
        {w.every}{' '}
        <select value={String(stepHours)} disabled={done !== null} onChange={(e) => setStepHours(Number(e.currentTarget.value))}>
          {STEPS_HOURS.map((h) => <option key={h} value={String(h)}>{w.everyChoice(h)}</option>)}
        </select>
      </label>{' '}
      <span>{tooMany ? w.tooManyFrames(formatCount(MAX_FRAMES, lang)) : w.frames(formatCount(count, lang), count)}</span>
      <p class="export-buttons">
        {done === null
          ? <button type="button" disabled={tooMany} onClick={() => void run()}>{w.downloadGif}</button>
          : <>
              <progress max={count} value={done} aria-label={w.progress(formatCount(done, lang), formatCount(count, lang))} />{' '}
              <span>{w.progress(formatCount(done, lang), formatCount(count, lang))}</span>{' '}
              <button type="button" onClick={() => abort.current?.abort()}>{w.cancel}</button>
            </>}
      </p>
      <p role="status">{message}</p>
    </section>
  );
}
