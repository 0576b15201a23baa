// Absolute links to views of this page: share links, incident permalinks, embed snippets.
import { writeLink, type LinkState } from '../core/link';
import { linkStateOf } from '../store/link-state';
import type { AppState } from '../store/store';

/** The page's address without query or fragment (works in sandboxed frames, where origin is "null"). */
export function pageBase(loc: Location = location): string {
  return loc.href.split(/[?#]/)[0] ?? loc.href;
}

/** Parameters a view link must carry on: which dataset the page shows (?data=). */
function carried(loc: Location): string {
  const data = new URLSearchParams(loc.search).get('data');
  return data === null ? '' : `?${new URLSearchParams({ data }).toString()}`;
}

function timeZoneOf(s: AppState): string {
  return s.dataset?.manifest.timezone ?? 'UTC';
}

/** A link to exactly this view; `embed` chooses the article-frame variant. */
export function viewUrl(s: AppState, embed: boolean, loc: Location = location): string {
  const link: LinkState = { ...linkStateOf(s) };
  if (embed) link.embed = true;
  else delete link.embed;
  return pageBase(loc) + writeLink(link, timeZoneOf(s), carried(loc));
}

/** A permalink to one incident: it opens at the incident's time with it selected. */
export function incidentUrl(s: AppState, id: string, loc: Location = location): string {
  const link: LinkState = { event: id };
  if (s.lang !== 'en') link.lang = s.lang;
  return pageBase(loc) + writeLink(link, timeZoneOf(s), carried(loc));
}

/** The HTML an article pastes to embed this view. */
export function embedSnippet(s: AppState, height: number, loc: Location = location): string {
  const title = (s.dataset?.manifest.title ?? 'Map').replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const src = viewUrl(s, true, loc).replace(/&/g, '&amp;');
  return `<iframe src="${src}" title="${title}" width="100%" height="${height}" loading="lazy" allowfullscreen style="border:0;max-width:100%"></iframe>`;
}
