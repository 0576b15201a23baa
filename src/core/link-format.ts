// The link format (a public contract: old links must keep working): query string ↔ view state.
//   t=2016-04-21 | t=2016-04-21T14:30 (local) | t=…Z / t=…+03:00   event=<incident id>
//   t=2016-04-20T11:00/2016-04-22T15:30 (a range; either end a day, a local moment or one with an offset)
//   map=<zoom>/<lat>/<lon>   layers=control,mortar,…   embed=1   lang=en|ar|ku   step=<story step id>
//   compare=1 (a range's start and end side by side)
//   theme=light|dark|auto (auto follows the reader's system; absent: light)   plain=1 (the embedded
//   layout without its header); like embed=1, presentation: links the app writes carry them on
//   data=<address of a dataset> (which dataset the page shows; carried over, never part of the view)
//   claims=1 (areas where a party claims another holder than the assessment are marked)
//   v=1.2.0 (the dataset's version the link was made with: citations write it; older ones get a notice)
//   sources=-kind:government_outlet,-fars (the sources hidden, by kind or id; carried here as text:
//   source-filter-link.ts reads it, on demand, against the dataset, and words what it does not know)
// Unknown parameters are left alone; a value that cannot be read is ignored with a notice.
import { LAYER_IDS, type LayerId } from './layers';
import type { LinkProblem } from './link-notice';
import { LANGS, type Lang } from './names';
import { localParts, parseMoment, startOfLocalDay, toLocalLinkForm } from './time';
import { isInterval, parseRange, rangeLinkForm, type TimeRange } from './time-range';
import { VERSION_PATTERN } from './version-order';

export type { LinkProblem };

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** What a link can say; every part optional. A whole day is given by its local midnight. */
export interface LinkState {
  time?: { ms: number; wholeDay: boolean };
  /** A range instead of a time (never both): control at its end, the incidents of all of it. */
  range?: TimeRange;
  event?: string;
  map?: MapView;
  layers?: LayerId[];
  embed?: boolean;
  /** A range's start and end on two maps side by side (meaningful only with a range). */
  compare?: boolean;
  lang?: Lang;
  step?: string;
  /** Light or dark colours, or the reader's system's choice ('auto'); the app writes it unless light. */
  theme?: Theme;
  /** The embedded layout without its header (the title stays for screen readers, a corner links to the full map). */
  plain?: boolean;
  /** The address of the dataset shown instead of the built-in one, as the link gives it. */
  data?: string;
  /** Areas where a party claims another holder than the assessment are marked. */
  claims?: boolean;
  /** The dataset's version the link was made with (v=): Cite writes it; the view is the same either way. */
  version?: string;
  /** The sources hidden (the source lens), as sources= gives them; absent: every source shown. */
  sources?: string;
}

export interface LinkContext {
  timeZone: string;
  /** The dataset's extent, epoch ms. */
  start: number;
  end: number;
  incidentIds: ReadonlySet<string>;
  stepIds: ReadonlySet<string>;
  /** The story steps that show a range (those with `until`), with which compare=1 needs no t. */
  rangeStepIds?: ReadonlySet<string>;
  /** The dataset's layers, in order (layerIds of its vocabulary); absent: the built-in ones. */
  layerIds?: readonly LayerId[];
}

/** The parameters of the view: a view link replaces them, and keeps every other one (data= too). */
export const LINK_KEYS = ['t', 'event', 'map', 'layers', 'embed', 'compare', 'lang', 'step', 'theme', 'plain', 'claims', 'v', 'sources'] as const;

export const THEMES = ['light', 'dark', 'auto'] as const;

export type Theme = (typeof THEMES)[number];

const MAP_PATTERN = /^(\d{1,2}(?:\.\d+)?)\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/;
const COORD_DECIMALS = 5;

export type LinkKey = (typeof LINK_KEYS)[number];

/** The parts of a link the page needs before any dataset has loaded: which dataset, which language, which colours. */
export function readPageLink(search: string): Pick<LinkState, 'data' | 'lang' | 'theme'> {
  const params = new URLSearchParams(search);
  const out: Pick<LinkState, 'data' | 'lang' | 'theme'> = {};
  const data = params.get('data');
  if (data !== null) out.data = data;
  // Unknown values are left out here; readLinkProblems reports them once the dataset is here.
  const lang = oneOf(LANGS, params.get('lang'));
  if (lang) out.lang = lang;
  const theme = oneOf(THEMES, params.get('theme'));
  if (theme) out.theme = theme;
  return out;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return (values as readonly (string | null)[]).includes(value) ? value as T : undefined;
}

/**
 * Reads the parts of a query string that belong to the map; says what it had to ignore or change,
 * as values (which parameter, what was wrong) for the reader's language to word (link-notice.ts).
 */
export function readLinkProblems(search: string, ctx: LinkContext): { state: LinkState; problems: LinkProblem[] } {
  const params = new URLSearchParams(search);
  const state: LinkState = {};
  const problems: LinkProblem[] = [];

  // A "+03:00" typed into a link arrives as " 03:00" ("+" means a space in query strings): at the
  // end of the value, or of either end of a range.
  const t = params.get('t')?.replace(/ (\d{2}:\d{2})(?=\/|$)/g, '+$1') ?? null;
  if (t !== null && isInterval(t)) {
    const reading = parseRange(t, ctx.timeZone);
    if ('code' in reading) problems.push({ param: 't', value: t, ...reading });
    else {
      const range = clampRange(reading.range, ctx);
      if (range !== reading.range) problems.push({ param: 't', code: 'rangeOutside', value: t, range: { from: ctx.start, to: ctx.end - 1 }, clipped: range !== null });
      if (range) state.range = range;
    }
  } else if (t !== null) {
    const moment = parseMoment(t, ctx.timeZone);
    if (!moment) problems.push({ param: 't', code: 'badTime', value: t });
    else state.time = clampMoment(moment, ctx, (p) => problems.push(p));
  }

  const event = params.get('event');
  if (event !== null) {
    if (ctx.incidentIds.has(event)) state.event = event;
    else problems.push({ param: 'event', code: 'unknownEvent', value: event });
  }

  const map = params.get('map');
  if (map !== null) {
    const view = parseMapView(map);
    if (view) state.map = view;
    else problems.push({ param: 'map', code: 'badMap', value: map });
  }

  const layers = params.get('layers');
  if (layers !== null) {
    const names = layers.split(',').map((s) => s.trim()).filter(Boolean);
    const known = ctx.layerIds ?? LAYER_IDS;
    const unknown = [...new Set(names.filter((n) => !known.includes(n)))];
    if (unknown.length > 0) problems.push({ param: 'layers', code: 'unknownLayers', value: unknown });
    state.layers = known.filter((id) => names.includes(id));
  }

  // The switches: 1 or 0.
  for (const [param, code] of [['embed', 'badEmbed'], ['compare', 'badCompare'], ['plain', 'badPlain']] as const) {
    const value = params.get(param);
    if (value === '1' || value === '0') state[param] = value === '1';
    else if (value !== null) problems.push({ param, code, value } as LinkProblem);
  }

  const claims = params.get('claims');
  if (claims === '1' || claims === '0') state.claims = claims === '1';
  else if (claims !== null) problems.push({ param: 'claims', code: 'badClaims', value: claims });

  // The values the page reads before the data: the language and the colours (readPageLink).
  const page = readPageLink(search);
  for (const [param, code] of [['lang', 'badLang'], ['theme', 'badTheme']] as const) {
    const value = params.get(param);
    if (page[param]) Object.assign(state, { [param]: page[param] });
    else if (value !== null) problems.push({ param, code, value } as LinkProblem);
  }

  const step = params.get('step');
  if (step !== null) {
    if (ctx.stepIds.has(step)) state.step = step;
    else problems.push({ param: 'step', code: 'unknownStep', value: step });
  }

  // Compare shows a range's two ends: without a range there is nothing to compare.
  const rangeStep = state.step !== undefined && ctx.rangeStepIds?.has(state.step) === true;
  if (state.compare === true && !state.range && !rangeStep) {
    problems.push({ param: 'compare', code: 'compareNeedsRange', value: params.get('compare') ?? '' });
    delete state.compare;
  }

  // Whether the version is older or newer than the data is for link-version.ts, loaded only for a link with v=.
  const version = params.get('v');
  if (version !== null) {
    if (VERSION_PATTERN.test(version)) state.version = version;
    else problems.push({ param: 'v', code: 'badVersion', value: version });
  }
  // Read against the dataset's sources with the lens's code, which loads only for such a link.
  const sources = params.get('sources');
  if (sources) state.sources = sources;

  // Any address is taken as it is: whether it holds a dataset is for the loader to say.
  if (page.data !== undefined) state.data = page.data;
  return { state, problems };
}

function clampMoment(m: { ms: number; wholeDay: boolean }, ctx: LinkContext, tell: (p: LinkProblem) => void): { ms: number; wholeDay: boolean } {
  const range = { from: ctx.start, to: ctx.end - 1 };
  if (m.wholeDay) {
    const first = startOfLocalDay(ctx.start, ctx.timeZone);
    const last = startOfLocalDay(ctx.end - 1, ctx.timeZone);
    if (m.ms >= first && m.ms <= last) return m;
    const ms = m.ms < first ? first : last;
    tell({ param: 't', code: 'dayOutside', value: m.ms, shown: ms, range });
    return { ms, wholeDay: true };
  }
  if (m.ms >= ctx.start && m.ms <= ctx.end) return m;
  const first = m.ms < ctx.start;
  tell({ param: 't', code: 'momentOutside', value: m.ms, shown: first ? 'first' : 'last', range });
  return { ms: first ? ctx.start : ctx.end, wholeDay: false };
}

/** The part of a range inside the data (the same object when all of it is), or null when none is. */
function clampRange(r: TimeRange, ctx: LinkContext): TimeRange | null {
  if (r.start >= ctx.start && r.end <= ctx.end) return r;
  if (r.end < ctx.start || r.start > ctx.end) return null;
  return { start: Math.max(r.start, ctx.start), end: Math.min(r.end, ctx.end) };
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
 * Writes the state into a query string, keeping every parameter that is not the map's in its place
 * (data= among them, unless the state names a dataset). Times are written to the minute, in the
 * dataset's local time.
 */
export function writeLink(state: LinkState, timeZone: string, existing = ''): string {
  const params = new URLSearchParams();
  if (state.range) params.set('t', rangeLinkForm(state.range, timeZone));
  else if (state.time) params.set('t', toLocalLinkForm(state.time.ms, timeZone, state.time.wholeDay));
  if (state.event !== undefined) params.set('event', state.event);
  if (state.map) {
    const v = roundView(state.map);
    params.set('map', `${v.zoom}/${v.lat.toFixed(COORD_DECIMALS)}/${v.lon.toFixed(COORD_DECIMALS)}`);
  }
  // The built-in layers in their order, then a dataset's own in the order the state gives them.
  if (state.layers) params.set('layers', [...LAYER_IDS.filter((id) => state.layers?.includes(id)), ...state.layers.filter((id) => !LAYER_IDS.includes(id))].join(','));
  for (const param of ['embed', 'compare', 'plain'] as const) if (state[param]) params.set(param, '1');
  if (state.lang) params.set('lang', state.lang);
  if (state.step !== undefined) params.set('step', state.step);
  if (state.theme && state.theme !== 'light') params.set('theme', state.theme);
  if (state.version !== undefined) params.set('v', state.version);
  if (state.sources) params.set('sources', state.sources);
  if (state.data !== undefined) params.set('data', state.data);
  if (state.claims) params.set('claims', '1');
  for (const [key, value] of new URLSearchParams(existing)) {
    const replaced = (LINK_KEYS as readonly string[]).includes(key) || (key === 'data' && state.data !== undefined);
    if (!replaced) params.append(key, value);
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
