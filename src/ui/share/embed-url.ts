// The address an embed snippet frames: the page's view link, moved to the chosen view, with the
// chosen theme and header. Works on the link's text, so it needs nothing from the store.

/** Which view the embed opens at: the reader's current one, the dataset's start, or a story step. */
export type EmbedView = { kind: 'current' } | { kind: 'start' } | { kind: 'step'; id: string };

/** light is the map's default and is left out of the link. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedUrlOptions {
  /** The current view's embed link (page-links' viewUrl with embed). */
  viewUrl: string;
  view: EmbedView;
  theme: EmbedTheme;
  /** No header: for a map set inside a designed article. */
  plain: boolean;
}

// The parts that say where and when: the start view drops them all; a step sets its own.
const VIEW_KEYS = ['t', 'event', 'map', 'step', 'compare'];

export function embedUrl({ viewUrl, view, theme, plain }: EmbedUrlOptions): string {
  const url = new URL(viewUrl);
  const params = url.searchParams;
  if (view.kind !== 'current') for (const key of VIEW_KEYS) params.delete(key);
  if (view.kind === 'step') params.set('step', view.id);
  // The dialog's choice replaces whatever the page's own link said.
  if (theme === 'light') params.delete('theme');
  else params.set('theme', theme);
  if (plain) params.set('plain', '1');
  else params.delete('plain');
  // Commas, slashes and colons read better unescaped and are safe in a query (as the link format writes them).
  const query = params.toString().replace(/%2C/gi, ',').replace(/%2F/gi, '/').replace(/%3A/gi, ':');
  return url.href.split(/[?#]/)[0] + (query ? `?${query}` : '') + url.hash;
}
