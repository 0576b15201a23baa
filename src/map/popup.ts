// Popup contents for incidents and areas: what, when (with precision), claims by claimant, sources.
import type { AreaState } from '../core/control';
import { claimsByClaimant, describeClaim } from '../core/claims';
import { changeWhen, citeSource, incidentWhen, safeHref } from '../core/describe';
import type { Actor, Incident, LocalizedName, Site, Source } from '../core/types';
import { el } from './dom';
import { INCIDENT_TYPE_LABELS } from './icons';

export interface PopupContext {
  timeZone: string;
  sources: Map<string, Source>;
  actors: Map<string, Actor>;
  sites: Map<string, Site>;
  /** A place name in the reader's language (English where that language has none). */
  placeName: (name: LocalizedName) => string;
  /** The address of an incident's own link, when the page offers one. */
  permalink?: ((id: string) => string) | undefined;
}

/** A "Sources" heading and list; only http(s) URLs become links. */
export function sourceList(ids: readonly string[], ctx: PopupContext): HTMLElement {
  const list = el('ul', { class: 'popup-sources' });
  for (const id of ids) {
    const s = ctx.sources.get(id);
    if (!s) continue;
    const href = safeHref(s.url);
    const text = citeSource(s);
    list.append(el('li', {}, href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text) : text));
  }
  return el('div', {}, el('h4', {}, 'Sources'), list);
}

/** The popup body for an incident. */
export function incidentPopup(incident: Incident, ctx: PopupContext): HTMLElement {
  const site = incident.location.site === undefined ? undefined : ctx.sites.get(incident.location.site);
  const place = site ? ctx.placeName(site.properties.name) : 'Location given as a point';
  const precisionM = incident.location.precision_m ?? site?.properties.location_precision_m;
  const placeNote = [
    precisionM ? `position uncertain by about ${formatMetres(precisionM)}` : '',
    incident.location.note ?? '',
  ].filter(Boolean).join('; ');
  const actors = incident.actors.map((a) => ctx.actors.get(a)?.name ?? a).join(', ');

  const claims = claimsByClaimant(incident);
  const claimsBlock = claims.length === 0 ? null : el('div', {},
    el('h4', {}, 'Casualties, as claimed'),
    el('ul', { class: 'popup-claims' }, ...claims.map((g) => el('li', {},
      el('strong', {}, `${g.claimant}: `),
      g.claims.map((c) => (c.note ? `${describeClaim(c)} (${c.note})` : describeClaim(c))).join('; '),
    ))));

  const origin = incident.origin;
  const originSite = origin?.site === undefined ? undefined : ctx.sites.get(origin.site);
  return el('article', { class: 'popup', 'data-incident': incident.id },
    el('p', { class: 'popup-kind' }, INCIDENT_TYPE_LABELS[incident.type]),
    el('h3', {}, incident.title),
    el('p', { class: 'popup-when' },
      el('strong', {}, 'When: '), incidentWhen(incident, ctx.timeZone), ' (local time)'),
    incident.time_note ? el('p', { class: 'popup-note' }, incident.time_note) : null,
    el('p', {}, el('strong', {}, 'Where: '), place, placeNote ? ` (${placeNote})` : ''),
    origin ? el('p', {}, el('strong', {}, 'Fired from: '), originSite ? ctx.placeName(originSite.properties.name) : 'a reported position',
      origin.note ? ` (${origin.note})` : '') : null,
    actors ? el('p', {}, el('strong', {}, 'Who: '), actors) : null,
    el('p', { class: 'popup-summary' }, incident.summary),
    claimsBlock,
    el('p', { class: 'popup-confidence' }, `Confidence: ${incident.confidence}`),
    sourceList(incident.sources, ctx),
    ctx.permalink ? el('p', { class: 'popup-permalink' }, el('a', { href: ctx.permalink(incident.id) }, 'Link to this incident')) : null,
  );
}

/** The popup body for an area at the moment shown. */
export function areaPopup(site: Site, state: AreaState, ctx: PopupContext): HTMLElement {
  const controller = ctx.actors.get(state.controller)?.name ?? state.controller;
  const since = state.sinceChange ? changeWhen(state.sinceChange, ctx.timeZone) : 'before the dataset begins';
  const ids = state.change ? state.change.sources : site.properties.sources;
  return el('article', { class: 'popup', 'data-site': site.id },
    el('h3', { dir: 'auto' }, ctx.placeName(site.properties.name)),
    el('p', {}, el('strong', {}, 'Held by: '), controller, state.contested ? ' (contested)' : ''),
    el('p', {}, el('strong', {}, 'Since: '), since),
    state.change?.note ? el('p', { class: 'popup-note' }, state.change.note) : null,
    el('p', { class: 'popup-note' }, `Shape: ${site.properties.geometry_precision}. ${site.properties.note ?? ''}`),
    sourceList(ids, ctx),
  );
}

function formatMetres(m: number): string {
  return m >= 1000 ? `${(m / 1000).toFixed(m % 1000 === 0 ? 0 : 1)} km` : `${m} m`;
}
