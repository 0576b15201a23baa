// The embed snippet whose frame takes the height the map asks for (embed.js beside the app sets it);
// apart from page-links.ts so that only the Embed dialog, loaded on demand, carries it.
import type { AppState } from '../store/store';
import { viewUrl } from './page-links';

/**
 * The HTML for a frame that takes the height the map asks for: the frame marked for embed.js, and
 * the script, served beside the app. No style attribute, so a strict CSP on the article loses nothing.
 */
export function responsiveEmbedSnippet(s: AppState, loc: Location = location): string {
  const title = (s.dataset?.manifest.title ?? 'Map').replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const src = viewUrl(s, true, loc).replace(/&/g, '&amp;');
  const script = new URL('embed.js', loc.href).href;
  return `<iframe src="${src}" title="${title}" width="100%" height="480" data-conflict-map loading="lazy" allowfullscreen></iframe>\n<script async src="${script}"></script>`;
}
