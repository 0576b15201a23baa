// The picture an embed snippet shows readers without JavaScript: the build's preview nearest the
// view (in the view's language where the build drew one), with its alt text, from previews.json.
import { nearestPreview } from '../../core/render/preview-views';

interface Entry { id: string; lang: string; file: string; time: number; alt: string }
interface List { size: { width: number; height: number }; previews: Entry[] }

const escapeHtml = (s: string) => s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The list the build wrote beside the page, or null where there is none (the development server). */
export async function loadPreviewList(base: string): Promise<List | null> {
  try {
    const response = await fetch(new URL('previews/previews.json', base));
    return response.ok ? await response.json() as List : null;
  } catch {
    return null;
  }
}

/** `<noscript><img …></noscript>` for the view at `time` in `lang`, or '' without pictures. */
export function fallbackImageHtml(list: List | null, time: number, lang: string, base: string): string {
  if (!list) return '';
  const inLang = list.previews.filter((p) => p.lang === lang);
  const english = list.previews.filter((p) => p.lang === 'en');
  const chosen = nearestPreview(inLang.length > 0 ? [...inLang, ...english.filter((e) => !inLang.some((l) => l.id === e.id))] : english, time);
  if (!chosen) return '';
  const src = escapeHtml(new URL(chosen.file, base).href);
  return `<noscript><img src="${src}" alt="${escapeHtml(chosen.alt)}" width="${list.size.width}" height="${list.size.height}" style="max-width:100%;height:auto"></noscript>`;
}
