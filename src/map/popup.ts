// Popup contents for incidents and areas: what, when (with precision), claims by claimant, sources.
import { DEFAULT_VOCABULARY, typeName, type Vocabulary } from '../core/vocabulary';
import './popup.css';
import type { CiteRecord } from '../core/citation';
import type { AreaState } from '../core/control';
import { claimParts, claimsByClaimant } from '../core/claims';
import { changeWhen } from '../core/describe';
import { incidentWhen } from '../core/incident-when';
import { formatList } from '../core/format-list';
import type { Lang } from '../core/names';
import type { Actor, Incident, LocalizedName, Site, Source } from '../core/types';
import type { Messages } from '../i18n/en';
import { formatDistance } from '../i18n/distance';
import { MORE_MESSAGES } from '../i18n/more';
import { controlClaimsBlock } from './claims-popup';
import { el } from './dom';
import { sourceItems } from './source-items';

// The sheet a popup becomes on a narrow map loads with the bodies it shows: one request, not two.
export { attachSheet } from './details-sheet';

export interface PopupContext {
  timeZone: string;
  sources: Map<string, Source>;
  actors: Map<string, Actor>;
  sites: Map<string, Site>;
  /** A place name in the reader's language (English where that language has none). */
  placeName: (name: LocalizedName) => string;
  /** The interface's words and language at the moment a popup opens. */
  words: () => Messages;
  lang: () => Lang;
  /** The address of an incident's own link, when the page offers one. */
  permalink?: ((id: string) => string) | undefined;
  /** The moment the map shows (a range: its end), for the claims in force; absent: every claim of the state. */
  now?: (() => number) | undefined;
  /** Opens the Cite dialog for a record, where the page offers one. */
  cite?: ((record: CiteRecord) => void) | undefined;
  /** The dataset's sides and incident types, for their names; absent (or none yet): the built-in ones. */
  vocabulary?: (() => Vocabulary | undefined) | undefined;
  /**
   * Whether a selected incident's popup pans the map into view: not in the compare view's first map,
   * whose popup opens with the other map's, and only one of them may move the two.
   */
  autoPan?: boolean;
}

/** The data's own words inside a sentence in the reader's language, isolated so that in Arabic their punctuation stays in place. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** A "Sources" heading and list; only http(s) URLs become links. */
export function sourceList(ids: readonly string[], ctx: PopupContext): HTMLElement {
  return el('div', {}, el('h3', {}, ctx.words().sources), sourceItems(ids, ctx.sources));
}

/** A Cite button for the record a popup shows, or nothing where the page offers no Cite dialog. */
function citeButton(record: CiteRecord, ctx: PopupContext): HTMLElement | null {
  const { cite } = ctx;
  if (!cite) return null;
  const button = el('button', { type: 'button' }, MORE_MESSAGES[ctx.lang()].citeThis);
  button.addEventListener('click', () => cite(record));
  return el('p', { class: 'popup-cite' }, button);
}

/** The popup body for an incident. */
export function incidentPopup(incident: Incident, ctx: PopupContext): HTMLElement {
  const t = ctx.words();
  const lang = ctx.lang();
  const m = MORE_MESSAGES[lang];
  const vocabulary = ctx.vocabulary?.() ?? DEFAULT_VOCABULARY;
  const site = incident.location.site === undefined ? undefined : ctx.sites.get(incident.location.site);
  const place = site ? ctx.placeName(site.properties.name) : m.pointLocation;
  const precisionM = incident.location.precision_m ?? site?.properties.location_precision_m;
  const scope = incident.location.scope;
  const placeNote = [
    precisionM ? m.positionUncertain(formatDistance(precisionM, m, lang)) : '',
    scope ? m.standsFor(m.scopes[scope]) : '',
    incident.location.note ? isolate(incident.location.note) : '',
  ].filter(Boolean).join(m.semicolon);
  const actors = formatList(incident.actors.map((a) => ctx.actors.get(a)?.name ?? a), lang);

  const claims = claimsByClaimant(incident);
  const claimsBlock = claims.length === 0 ? null : el('div', {},
    el('h3', {}, m.casualtiesClaimed),
    el('ul', { class: 'popup-claims' }, ...claims.map((g) => el('li', {},
      el('strong', {}, `${g.claimant}: `),
      formatList(g.claims.map((c) => {
        const claim = m.claim(claimParts(c, lang, vocabulary));
        return c.note ? `${claim} (${isolate(c.note)})` : claim;
      }), lang),
    ))));

  const origin = incident.origin;
  const originSite = origin?.site === undefined ? undefined : ctx.sites.get(origin.site);
  return el('article', { class: 'popup', 'data-incident': incident.id, dir: t.dir },
    el('p', { class: 'popup-kind' }, typeName(vocabulary, incident.type, { lang, builtIn: t.incidentTypes })),
    el('h2', { lang: 'en', dir: 'auto' }, incident.title),
    el('p', { class: 'popup-when' },
      el('strong', {}, m.when), incidentWhen(incident, ctx.timeZone, lang), m.localTimeParen),
    incident.time_note ? el('p', { class: 'popup-note', lang: 'en', dir: 'auto' }, incident.time_note) : null,
    el('p', {}, el('strong', {}, m.where), place, placeNote ? ` (${placeNote})` : ''),
    origin ? el('p', {}, el('strong', {}, m.firedFrom), originSite ? ctx.placeName(originSite.properties.name) : m.reportedPosition,
      origin.note ? ` (${isolate(origin.note)})` : '') : null,
    actors ? el('p', {}, el('strong', {}, m.who), actors) : null,
    el('p', { class: 'popup-summary', lang: 'en', dir: 'auto' }, incident.summary),
    originalBlock(incident, m.originalHeading),
    claimsBlock,
    el('p', { class: 'popup-confidence' }, `${m.confidence}${m.confidenceLevels[incident.confidence]}`),
    sourceList(incident.sources, ctx),
    ctx.permalink ? el('p', { class: 'popup-permalink' }, el('a', { href: ctx.permalink(incident.id) }, m.linkToThis)) : null,
    citeButton({ kind: 'incident', id: incident.id }, ctx),
  );
}

/** An imported incident's own classification, its codebook's columns as written (folded: they can be many). */
function originalBlock({ original }: Incident, heading: (dataset: string) => string): HTMLElement | null {
  if (!original) return null;
  return el('details', { class: 'popup-original' },
    el('summary', {}, heading(original.dataset)),
    el('dl', { lang: 'en', dir: 'auto' }, ...Object.entries(original.fields).flatMap(([column, value]) => [el('dt', {}, column), el('dd', {}, value)])));
}

/** The popup body for an area at the moment shown. */
export function areaPopup(site: Site, state: AreaState, ctx: PopupContext): HTMLElement {
  const t = ctx.words();
  const m = MORE_MESSAGES[ctx.lang()];
  const controller = ctx.actors.get(state.controller)?.name ?? state.controller;
  const since = state.sinceChange ? changeWhen(state.sinceChange, ctx.timeZone, ctx.lang()) : m.beforeDataset;
  const ids = state.change ? state.change.sources : site.properties.sources;
  return el('article', { class: 'popup', 'data-site': site.id, dir: t.dir },
    el('h2', { dir: 'auto' }, ctx.placeName(site.properties.name)),
    el('p', {}, el('strong', {}, m.heldByColon), controller, state.contested ? t.contestedParen : ''),
    el('p', {}, el('strong', {}, m.sinceColon), since),
    controlClaimsBlock(state, ctx),
    state.change?.note ? el('p', { class: 'popup-note', lang: 'en', dir: 'auto' }, state.change.note) : null,
    el('p', { class: 'popup-note' }, m.shape(m.precisions[site.properties.geometry_precision] ?? site.properties.geometry_precision),
      site.properties.note ? el('span', { lang: 'en', dir: 'auto' }, ` ${site.properties.note}`) : null),
    sourceList(ids, ctx),
    citeButton({ kind: 'area', id: site.id }, ctx),
  );
}

/** The popup body for a site marker (a prison, a checkpoint…), with who held it at the moment shown. */
export function sitePopup(site: Site, state: AreaState | undefined, ctx: PopupContext): HTMLElement {
  const p = site.properties;
  const holder = state ? ctx.actors.get(state.controller)?.name : undefined;
  const t = ctx.words();
  const lang = ctx.lang();
  const m = MORE_MESSAGES[lang];
  return el('article', { class: 'popup', 'data-site': site.id, dir: t.dir },
    el('p', { class: 'popup-kind' }, m.siteKinds[p.kind]),
    el('h2', { dir: 'auto' }, ctx.placeName(p.name)),
    holder ? el('p', {}, el('strong', {}, m.heldByColon), holder, state?.contested ? t.contestedParen : '') : null,
    state ? controlClaimsBlock(state, ctx) : null,
    el('p', { class: 'popup-note' }, m.positionPrecision(m.precisions[p.geometry_precision] ?? p.geometry_precision),
      p.location_precision_m ? ` ${m.positionUncertain(formatDistance(p.location_precision_m, m, lang))}.` : '',
      p.note ? el('span', { lang: 'en', dir: 'auto' }, ` ${p.note}`) : null),
    sourceList(p.sources, ctx),
    citeButton({ kind: 'site', id: site.id }, ctx),
  );
}
