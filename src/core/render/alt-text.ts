// PLACEHOLDER: replaced by the renderer branch
// A picture's alt text, generated from the state in the picture's language (here only its time).
import { formatLocalDate, formatLocalDateTime } from '../time-text';
import type { RenderRequest } from './render-view';

export function altText({ dataset, view, lang }: Pick<RenderRequest, 'dataset' | 'index' | 'view' | 'layers' | 'lang'>): string {
  const tz = dataset.manifest.timezone;
  if (view.span === 'day') return formatLocalDate(view.time, tz, lang);
  if (view.span === 'range' && typeof view.rangeStart === 'number') {
    return `${formatLocalDateTime(view.rangeStart, tz, lang)} – ${formatLocalDateTime(view.time, tz, lang)}`;
  }
  return formatLocalDateTime(view.time, tz, lang);
}
