// The link format (a public contract: old links must keep working): query string ↔ view state.
//   t=2016-04-21 | t=2016-04-21T14:30 (local) | t=…Z / t=…+03:00   event=<incident id>
//   map=<zoom>/<lat>/<lon>   layers=control,mortar,…   embed=1   lang=en|ar|ku   step=<story step id>
// Unknown parameters are left alone; a value that cannot be read is ignored with a notice.
import { LAYER_IDS, isLayerId, type LayerId } from './layers';
import { LANGS, type Lang } from './names';
import { localParts, parseMoment, startOfLocalDay, toLocalLinkForm } from './time';
import { formatLocalDate } from './time-text';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** What a link can say; every part optional. A whole day is given by its local midnight. */
export interface LinkState {
  time?: { ms: number; wholeDay: boolean };
  event?: string;
  map?: MapView;
  layers?: LayerId[];
  embed?: boolean;
  lang?: Lang;
  step?: string;
}

export interface LinkContext {
  timeZone: string;
  /** The dataset's extent, epoch ms. */
  start: number;
  end: number;
  incidentIds: ReadonlySet<string>;
  stepIds: ReadonlySet<string>;
}

export const LINK_KEYS = ['t', 'event', 'map', 'layers', 'embed', 'lang', 'step'] as const;

const MAP_PATTERN = /^(\d{1,2}(?:\.\d+)?)\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/;
const COORD_DECIMALS = 5;

/** A value as a notice shows it: cut by characters, not UTF-16 units, so an emoji is never split. */
function quote(s: string): string {
  const chars = Array.from(s);
  return `“${chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : s}”`;
}

/** A notice names this many unknown layers and counts the rest, so a hostile link cannot flood it. */
const MAX_NAMED = 4;
const quoteSome = (names: string[]) => (names.length <= MAX_NAMED
  ? names.map(quote).join(', ')
  : `${names.slice(0, MAX_NAMED).map(quote).join(', ')} and ${names.length - MAX_NAMED} more`);

export type LinkKey = (typeof LINK_KEYS)[number];

/** A part of a link that was ignored or changed: which parameter, and the notice the reader sees. */
export interface LinkProblem {
  param: LinkKey;
  message: string;
}

/** Reads the parts of a query string that belong to the map; says what it had to ignore or change. */
export function readLink(search: string, ctx: LinkContext): { state: LinkState; notices: string[] } {
  const { state, problems } = readLinkProblems(search, ctx);
  return { state, notices: problems.map((p) => p.message) };
}

/** As readLink, with each notice tied to the parameter it is about (for tests and tools). */
export function readLinkProblems(search: string, ctx: LinkContext): { state: LinkState; problems: LinkProblem[] } {
  const params = new URLSearchParams(search);
  const state: LinkState = {};
  const problems: LinkProblem[] = [];
  const notice = (param: LinkKey, message: string) => problems.push({ param, message });

  // A "+03:00" typed into a link arrives as " 03:00" ("+" means a space in query strings).
  const t = params.get('t')?.replace(/ (\d{2}:\d{2})$/, '+$1') ?? null;
  if (t !== null) {
    const moment = parseMoment(t, ctx.timeZone);
    if (!moment) notice('t', `The time ${quote(t)} in the link could not be read, so it was ignored.`);
    else state.time = clampMoment(moment, ctx, (message) => notice('t', message));
  }

  const event = params.get('event');
  if (event !== null) {
    if (ctx.incidentIds.has(event)) state.event = event;
    else notice('event', `The link names an incident ${quote(event)} that this map does not have, so it was ignored.`);
  }

  const map = params.get('map');
  if (map !== null) {
    const view = parseMapView(map);
    if (view) state.map = view;
    else notice('map', `The map view ${quote(map)} in the link could not be read (expected zoom/latitude/longitude), so it was ignored.`);
  }

  const layers = params.get('layers');
  if (layers !== null) {
    const names = layers.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = [...new Set(names.filter((n) => !isLayerId(n)))];
    if (unknown.length > 0) notice('layers', `The link names layers this map does not have (${quoteSome(unknown)}); they were ignored.`);
    state.layers = LAYER_IDS.filter((id) => names.includes(id));
  }

  const embed = params.get('embed');
  if (embed !== null) {
    if (embed === '1' || embed === '0') state.embed = embed === '1';
    else notice('embed', `The embed setting ${quote(embed)} could not be read (expected 1 or 0), so it was ignored.`);
  }

  const lang = params.get('lang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else notice('lang', `The language ${quote(lang)} is not available (en, ar or ku), so English is shown.`);
  }

  const step = params.get('step');
  if (step !== null) {
    if (ctx.stepIds.has(step)) state.step = step;
    else notice('step', `The link names a story step ${quote(step)} that this map does not have, so it was ignored.`);
  }
  return { state, problems };
}

function clampMoment(m: { ms: number; wholeDay: boolean }, ctx: LinkContext, tell: (message: string) => void): { ms: number; wholeDay: boolean } {
  const range = `${formatLocalDate(ctx.start, ctx.timeZone)} to ${formatLocalDate(ctx.end - 1, ctx.timeZone)}`;
  if (m.wholeDay) {
    const first = startOfLocalDay(ctx.start, ctx.timeZone);
    const last = startOfLocalDay(ctx.end - 1, ctx.timeZone);
    if (m.ms >= first && m.ms <= last) return m;
    const ms = m.ms < first ? first : last;
    tell(`${formatLocalDate(m.ms, ctx.timeZone)} is outside this map's dates (${range}); ${formatLocalDate(ms, ctx.timeZone)} is shown instead.`);
    return { ms, wholeDay: true };
  }
  if (m.ms >= ctx.start && m.ms <= ctx.end) return m;
  const ms = m.ms < ctx.start ? ctx.start : ctx.end;
  tell(`The time in the link is outside this map's dates (${range}); the ${m.ms < ctx.start ? 'first' : 'last'} moment is shown instead.`);
  return { ms, wholeDay: false };
}

function parseMapView(text: string): MapView | null {
  const m = MAP_PATTERN.exec(text.trim());
  if (!m) return null;
  const zoom = Number(m[1]);
  const lat = Number(m[2]);
  const lon = Number(m[3]);
  if (zoom > 22 || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

/** Rounds a view the way links write it, so a view read back from a link compares equal. */
export function roundView(v: MapView): MapView {
  const f = 10 ** COORD_DECIMALS;
  return { zoom: Math.round(v.zoom * 100) / 100, lat: Math.round(v.lat * f) / f, lon: Math.round(v.lon * f) / f };
}

/**
 * Writes the state into a query string, keeping every parameter that is not the map's in its place.
 * Times are written to the minute, in the dataset's local time.
 */
export function writeLink(state: LinkState, timeZone: string, existing = ''): string {
  const params = new URLSearchParams();
  if (state.time) params.set('t', toLocalLinkForm(state.time.ms, timeZone, state.time.wholeDay));
  if (state.event !== undefined) params.set('event', state.event);
  if (state.map) {
    const v = roundView(state.map);
    params.set('map', `${v.zoom}/${v.lat.toFixed(COORD_DECIMALS)}/${v.lon.toFixed(COORD_DECIMALS)}`);
  }
  if (state.layers) params.set('layers', LAYER_IDS.filter((id) => state.layers?.includes(id)).join(','));
  if (state.embed) params.set('embed', '1');
  if (state.lang) params.set('lang', state.lang);
  if (state.step !== undefined) params.set('step', state.step);
  for (const [key, value] of new URLSearchParams(existing)) {
    if (!(LINK_KEYS as readonly string[]).includes(key)) params.append(key, value);
  }
  // Commas and slashes read better unescaped and are safe in a query string.
  const text = params.toString().replace(/%2C/gi, ',').replace(/%2F/gi, '/').replace(/%3A/gi, ':');
  return text ? `?${text}` : '';
}

/** The minute a time is written with in links (seconds dropped), so state and link agree. */
export function linkMinute(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  return ms - p.second * 1000 - (((ms % 1000) + 1000) % 1000);
}
