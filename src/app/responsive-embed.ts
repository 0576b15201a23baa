// The embed snippets whose frame takes the height the map asks for (embed.js beside the app, or AMP, sets it);
// apart from page-links.ts so that only the Embed dialog, loaded on demand, carries it.
import type { AppState } from '../store/store';
import { viewUrl } from './page-links';

const escapeHtml = (text: string) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The HTML for a frame that takes the height the map asks for: the frame marked for embed.js, and
 * the script, served beside the app. No style attribute, so a strict CSP on the article loses nothing.
 */
export function responsiveEmbedSnippet(s: AppState, loc: Location = location): string {
  const title = escapeHtml(s.dataset?.manifest.title ?? 'Map');
  const src = viewUrl(s, true, loc).replace(/&/g, '&amp;');
  const script = new URL('embed.js', loc.href).href;
  return `<iframe src="${src}" title="${title}" width="100%" height="480" data-conflict-map loading="lazy" allowfullscreen></iframe>\n<script async src="${script}"></script>`;
}

/**
 * The same view for an AMP page: amp-iframe resizes itself when the map asks (AMP's embed-size
 * message, which the map sends beside its own), and shows `overflow` when it may not resize yet.
 * AMP wants the frame on another origin than the page: allow-same-origin is then safe.
 */
export function ampEmbedSnippet(s: AppState, { overflow }: { overflow: string }, loc: Location = location): string {
  const src = viewUrl(s, true, loc).replace(/&/g, '&amp;');
  return `<amp-iframe src="${src}" title="${escapeHtml(s.dataset?.manifest.title ?? 'Map')}" layout="fixed-height" height="540" sandbox="allow-scripts allow-popups allow-same-origin" resizable frameborder="0">\n  <button overflow type="button">${escapeHtml(overflow)}</button>\n</amp-iframe>`;
}
