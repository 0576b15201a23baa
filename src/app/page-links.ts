// Absolute links to views of this page: share links, incident permalinks, embed snippets.
import { readPageLink, writeLink, type LinkState } from '../core/link-format';
import { linkStateOf } from '../store/link-state';
import type { AppState } from '../store/store';

/** The page's address without query or fragment (works in sandboxed frames, where origin is "null"). */
export function pageBase(loc: Location = location): string {
  return loc.href.split(/[?#]/)[0] ?? loc.href;
}

/** What a view link must carry on: which dataset the page shows (?data=). */
function carried(link: LinkState, loc: Location): LinkState {
  const { data } = readPageLink(loc.search);
  return data === undefined ? link : { ...link, data };
}

function timeZoneOf(s: AppState): string {
  return s.dataset?.manifest.timezone ?? 'UTC';
}

/** A link to exactly this view; `embed` chooses the article-frame variant. */
export function viewUrl(s: AppState, embed: boolean, loc: Location = location): string {
  const link: LinkState = { ...linkStateOf(s) };
  if (embed) link.embed = true;
  else delete link.embed;
  return pageBase(loc) + writeLink(carried(link, loc), timeZoneOf(s));
}

/** A permalink to one incident: it opens at the incident's time with it selected. */
export function incidentUrl(s: AppState, id: string, loc: Location = location): string {
  const link: LinkState = { event: id };
  if (s.lang !== 'en') link.lang = s.lang;
  return pageBase(loc) + writeLink(carried(link, loc), timeZoneOf(s));
}

/** This page showing the dataset at `address` from its start (the link names no time, so no zone is needed). */
export function datasetUrl(address: string, loc: Location = location): string {
  return pageBase(loc) + writeLink({ data: address }, 'UTC') + loc.hash;
}

