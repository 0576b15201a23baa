// PLACEHOLDER: replaced by the renderer branch
// Draws a view of the dataset as a standalone SVG document (a stand-in with the real API: a
// background, the dataset's title and the time shown), so the command line builds and is testable.
import type { DatasetIndex } from '../dataset-index';
import type { LayerId } from '../layers';
import type { MapView } from '../link-format';
import type { Lang } from '../names';
import { formatLocalDate, formatLocalDateTime } from '../time-text';
import type { Dataset } from '../types';

export interface RenderView { time: number; span: 'moment' | 'day' | 'range'; rangeStart?: number | null }
export interface RenderRequest {
  dataset: Dataset; index: DatasetIndex; view: RenderView; layers?: readonly LayerId[]; lang: Lang;
  width: number; height: number; frame?: MapView | null; selectedId?: string | null;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The view as an SVG document; the same request gives the same bytes. */
export function renderViewSvg(req: RenderRequest): string {
  const { width, height, lang } = req;
  const rtl = lang === 'ar';
  // Spec-correct right-to-left text: direction rtl with anchor start puts the text's right edge at x.
  const textAttrs = rtl ? ` direction="rtl" text-anchor="start"` : '';
  const x = rtl ? width - 24 : 24;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#f4f1ea"/>`,
    `<text x="${x}" y="48" font-family="Noto Sans, Noto Sans Arabic" font-size="28" font-weight="bold" fill="#222"${textAttrs}>${escapeXml(req.dataset.manifest.title)}</text>`,
    `<text x="${x}" y="${height - 28}" font-family="Noto Sans, Noto Sans Arabic" font-size="24" fill="#222"${textAttrs}>${escapeXml(timeText(req))}</text>`,
    '</svg>',
    '',
  ].join('\n');
}

/** The time shown, in words: a moment, a day, or a range's two ends. */
function timeText({ dataset, view, lang }: RenderRequest): string {
  const tz = dataset.manifest.timezone;
  if (view.span === 'day') return formatLocalDate(view.time, tz, lang);
  if (view.span === 'range' && typeof view.rangeStart === 'number') {
    return `${formatLocalDateTime(view.rangeStart, tz, lang)} – ${formatLocalDateTime(view.time, tz, lang)}`;
  }
  return formatLocalDateTime(view.time, tz, lang);
}
