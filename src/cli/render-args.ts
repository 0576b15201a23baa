// The flags of `npm run render`, read and checked: what to draw (kind, size, language, frame, layers)
// and when (a moment, a day, a range, or an animation's frames). A bad value throws BadArgument with
// a message naming the flag and the value.
import { LAYER_IDS, layerIds, type LayerId } from '../core/layers';
import { readLinkProblems, type MapView } from '../core/link-format';
import { LANGS, type Lang } from '../core/names';
import type { RenderView } from '../core/render/render-view';
import { endOfLocalDay, rangeOfEnds, type RangeEnd } from '../core/time-range';
import { parseMoment } from '../core/time';
import type { Dataset } from '../core/types';
import { vocabularyOf } from '../core/vocabulary';
import type { Command } from './args';
import { frameTimes, parseStep } from './frame-times';
import { DATA_FLAG } from './load';
import { SOURCES_FLAG } from './sources-flag';

const TIME_FORMS = 'use 2016-04-21, 2016-04-21T14:30 or an ISO time with an offset';
const SIZE = { min: 16, max: 4096 };
const SCALES = ['1', '2', '3', '4'];
const DELAY = { min: 20, max: 60_000 };
const MAX_FRAMES = 2000;
/** About 160 MB of RGBA: a 4× picture of 2000 × 1250 still fits, a 4× picture of 4096 × 4096 does not. */
const MAX_PIXELS = 40_000_000;

export const RENDER_COMMAND = {
  usage: 'npm run render -- --at <time> [--to <time>] --out file.svg|file.png [--lang ar] [--width 1200] [--height 630] [--map z/lat/lon] [--scale 2] [--data dataset.json] [--sources=-kind:x,-id]\n'
    + '       npm run render -- --from <time> --to <time> --every 1h --out file.gif [--delay 500] [same options]',
  summary: 'Draws the map of a moment, a day or a range as an SVG or PNG picture (with its title, time, legend and credits), or an animation of it over time as a GIF, and prints the picture\'s alt text.',
  flags: {
    at: { value: 'time', help: 'the moment shown, in local time (2016-04-21T14:30), a whole day (2016-04-21), or an ISO time with an offset; with --to, the start of a range; required for a picture' },
    to: { value: 'time', help: 'the range\'s last moment, included (a day means its end); with --at a range, with --from the animation\'s last moment' },
    from: { value: 'time', help: 'the animation\'s first moment (a day means its start); required for a GIF' },
    every: { value: 'step', help: 'the time between frames of an animation: 30m, 1h, 6h, 1d; required for a GIF' },
    delay: { value: 'ms', help: `how long each frame of an animation shows, in milliseconds (${DELAY.min}–${DELAY.max}; default 500)` },
    out: { value: 'file', help: 'the file written; its extension says its kind: .svg, .png or .gif; required' },
    lang: { value: 'lang', help: `the language of the picture: ${LANGS.join(', ')} (default en)` },
    width: { value: 'px', help: `the picture's width (${SIZE.min}–${SIZE.max}; default 1200)` },
    height: { value: 'px', help: `the picture's height (${SIZE.min}–${SIZE.max}; default 630)` },
    map: { value: 'z/lat/lon', help: 'the map view, as links write it (15/37.0526/41.2267); default: the whole dataset' },
    scale: { value: 'n', help: 'pixels per picture unit for PNG and GIF: 1, 2, 3 or 4 (default 1; 2 for a sharp image on high-density screens)' },
    layers: { value: 'list', help: `the layers shown, comma-separated (default: all the dataset's; the built-in data's are ${LAYER_IDS.join(',')})` },
    data: DATA_FLAG,
    sources: SOURCES_FLAG,
  },
} satisfies Command<Record<string, { value: string; help: string }>>;

export type Kind = 'svg' | 'png' | 'gif';

/** The flags as read: every one takes a value. */
export type RenderFlags = Partial<Record<keyof typeof RENDER_COMMAND.flags, string>>;

/** What the command draws, read from the flags alone (before the dataset is read). */
export interface Picture {
  kind: Kind;
  out: string;
  width: number;
  height: number;
  scale: number;
  lang: Lang;
  frame: MapView | null;
}

/** A usage problem: printed as it is (it names the flag and its value), exit code 2. */
export class BadArgument extends Error {}

const quoted = (flag: string, value: string) => `--${flag} ${JSON.stringify(value)}`;

function readKind(out: string): Kind {
  const ext = /\.([^./\\]+)$/.exec(out)?.[1]?.toLowerCase();
  if (ext === 'svg' || ext === 'png' || ext === 'gif') return ext;
  throw new BadArgument(`${quoted('out', out)}: the picture's kind follows the file's extension: .svg, .png or .gif`);
}

function readInteger(flag: string, text: string | undefined, bounds: { min: number; max: number; fallback: number }): number {
  if (text === undefined) return bounds.fallback;
  const n = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!(n >= bounds.min && n <= bounds.max)) throw new BadArgument(`${quoted(flag, text)}: not a whole number from ${bounds.min} to ${bounds.max}`);
  return n;
}

function readMap(text: string): MapView {
  // Read as a link's map= is, so the command line and links accept the same views.
  const { state } = readLinkProblems(`?map=${encodeURIComponent(text)}`, { timeZone: 'UTC', start: 0, end: 0, incidentIds: new Set(), stepIds: new Set() });
  if (!state.map) throw new BadArgument(`${quoted('map', text)}: not a map view (zoom/latitude/longitude, as in links: 15/37.0526/41.2267)`);
  return state.map;
}

/** The layers --layers names, in the dataset's order (its own layers, or the built-in ones); all by default. */
export function readLayers(flags: Pick<RenderFlags, 'layers'>, dataset: Dataset): readonly LayerId[] {
  const known = layerIds(vocabularyOf(dataset.manifest));
  const text = flags.layers;
  if (text === undefined) return known;
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) throw new BadArgument(`${quoted('layers', text)}: unknown layer ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return known.filter((id) => names.includes(id));
}

/** Everything that can be checked before the dataset is read. */
export function readPicture(flags: RenderFlags): Picture {
  if (!flags.out) throw new BadArgument('--out is required (a file ending in .svg, .png or .gif)');
  const kind = readKind(flags.out);
  const animated = kind === 'gif';
  const needed = animated ? (['from', 'to', 'every'] as const) : (['at'] as const);
  const missing = needed.filter((name) => !flags[name]).map((name) => `--${name}`);
  if (missing.length > 0) throw new BadArgument(`${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} required ${animated ? 'for an animation (.gif)' : 'for a picture (.svg, .png)'}`);
  const misplaced = animated ? (['at'] as const) : (['from', 'every', 'delay'] as const);
  for (const name of misplaced) {
    const value = flags[name];
    if (value !== undefined) throw new BadArgument(`${quoted(name, value)}: ${animated ? 'an animation runs --from --to (--at is for a single picture)' : `--${name} is for animations (--out file.gif)`}`);
  }
  if (flags.scale !== undefined && kind === 'svg') throw new BadArgument(`${quoted('scale', flags.scale)}: an SVG has no pixels; --scale is for .png and .gif`);
  if (flags.scale !== undefined && !SCALES.includes(flags.scale.trim())) throw new BadArgument(`${quoted('scale', flags.scale)}: use 1, 2, 3 or 4`);
  const lang = flags.lang ?? 'en';
  if (!(LANGS as readonly string[]).includes(lang)) throw new BadArgument(`${quoted('lang', lang)}: not a language of the map (${LANGS.join(', ')})`);
  const width = readInteger('width', flags.width, { ...SIZE, fallback: 1200 });
  const height = readInteger('height', flags.height, { ...SIZE, fallback: 630 });
  const scale = Number(flags.scale ?? 1);
  if (width * height * scale * scale > MAX_PIXELS) {
    throw new BadArgument(`${quoted('scale', flags.scale ?? '1')}: ${width * scale} × ${height * scale} pixels is more than ${MAX_PIXELS / 1e6} million; take a smaller size or scale`);
  }
  return {
    kind,
    out: flags.out,
    width,
    height,
    scale,
    lang: lang as Lang,
    frame: flags.map === undefined ? null : readMap(flags.map),
  };
}

/** Reads one end, checked against the dataset's extent. */
function readEnd(flag: 'at' | 'to' | 'from', text: string, dataset: Dataset): RangeEnd {
  const end = parseMoment(text, dataset.manifest.timezone);
  if (!end) throw new BadArgument(`${quoted(flag, text)}: not a date or time (${TIME_FORMS})`);
  if (end.ms < dataset.start || end.ms > dataset.end) {
    throw new BadArgument(`${quoted(flag, text)}: outside the dataset (${dataset.manifest.extent.start} to ${dataset.manifest.extent.end})`);
  }
  return end;
}

/** The range between two flags, or why the second is before the first. */
function readRange(first: 'at' | 'from', flags: RenderFlags, dataset: Dataset) {
  const a = readEnd(first, flags[first] as string, dataset);
  const b = readEnd('to', flags.to as string, dataset);
  const range = rangeOfEnds(a, b, dataset.manifest.timezone);
  if (range.end < range.start) throw new BadArgument(`${quoted('to', flags.to as string)} is before ${quoted(first, flags[first] as string)}`);
  return range;
}

/** The view of a single picture: a moment, a whole day (control at its end) or a range. */
function readView(flags: RenderFlags, dataset: Dataset): RenderView {
  if (flags.to !== undefined) {
    const range = readRange('at', flags, dataset);
    return { time: range.end, span: 'range', rangeStart: range.start };
  }
  const at = readEnd('at', flags.at as string, dataset);
  if (!at.wholeDay) return { time: at.ms, span: 'moment', rangeStart: null };
  // As the app shows a day: its incidents, and control at its last moment inside the dataset.
  return { time: Math.min(endOfLocalDay(at.ms, dataset.manifest.timezone), dataset.end - 1), span: 'day', rangeStart: null };
}

/** What is shown: the view (an animation's is its whole range) and, for an animation, its frames. */
export interface Shown {
  view: RenderView;
  animation: { times: number[]; delay: number } | null;
}

/** The times the flags name, checked against the dataset. */
export function readShown(flags: RenderFlags, picture: Picture, dataset: Dataset): Shown {
  // The layers too: every flag is checked against the dataset before anything is drawn.
  readLayers(flags, dataset);
  if (picture.kind !== 'gif') return { view: readView(flags, dataset), animation: null };
  const range = readRange('from', flags, dataset);
  const every = flags.every as string;
  const step = parseStep(every);
  if (step === null) throw new BadArgument(`${quoted('every', every)}: not a step of time (30m, 1h, 6h, 1d)`);
  const count = Math.floor((range.end - range.start) / step) + 1;
  if (count > MAX_FRAMES) throw new BadArgument(`${quoted('every', every)}: ${count} frames from --from to --to; at most ${MAX_FRAMES} (take a longer step)`);
  const times = frameTimes(range, step);
  const delay = readInteger('delay', flags.delay, { ...DELAY, fallback: 500 });
  return { view: { time: range.end, span: 'range', rangeStart: range.start }, animation: { times, delay } };
}
