// The embed snippets whose frame takes the height the map asks for (embed.js beside the app, or AMP, sets it);
// apart from page-links.ts so that only the Embed dialog, loaded on demand, carries it.

/** The height each form's frame has until the map asks for one. */
export const STARTING_HEIGHT = { responsive: 480, amp: 540 } as const;

const escapeHtml = (text: string) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export interface FrameSnippetOptions {
  /** The address the frame opens (a view link with embed=1). */
  src: string;
  /** The frame's title, as plain text. */
  title: string;
}

/**
 * The HTML for a frame that takes the height the map asks for: the frame marked for embed.js, and
 * the script, served beside the app. No style attribute, so a strict CSP on the article loses nothing.
 */
export function responsiveEmbedSnippet({ src, title }: FrameSnippetOptions, loc: Location = location): string {
  const script = new URL('embed.js', loc.href).href;
  return `<iframe src="${src.replace(/&/g, '&amp;')}" title="${escapeHtml(title)}" width="100%" height="${STARTING_HEIGHT.responsive}" data-conflict-map loading="lazy" allowfullscreen></iframe>\n<script async src="${script}"></script>`;
}

/**
 * The same view for an AMP page: amp-iframe resizes itself when the map asks (AMP's embed-size
 * message, which the map sends beside its own), and shows `overflow` when it may not resize yet.
 * AMP wants the frame on another origin than the page: allow-same-origin is then safe.
 */
export function ampEmbedSnippet({ src, title, overflow }: FrameSnippetOptions & { overflow: string }): string {
  return `<amp-iframe src="${src.replace(/&/g, '&amp;')}" title="${escapeHtml(title)}" layout="fixed-height" height="${STARTING_HEIGHT.amp}" sandbox="allow-scripts allow-popups allow-same-origin" resizable frameborder="0">\n  <button overflow type="button">${escapeHtml(overflow)}</button>\n</amp-iframe>`;
}

