// `npm run render -- --at <time> [--to <time>] --out file.svg|file.png` and
// `npm run render -- --from <time> --to <time> --every 1h --out file.gif`: pictures of a view (a
// moment, a day or a range) and animations over time, drawn by the core's renderer from the dataset.
import { open, rm, writeFile } from 'node:fs/promises';
import { indexDataset } from '../core/dataset-index';
import { isLayerId, LAYER_IDS, type LayerId } from '../core/layers';
import { readLinkProblems, type MapView } from '../core/link-format';
import { LANGS, type Lang } from '../core/names';
import { altText } from '../core/render/alt-text';
import { renderViewSvg, type RenderRequest, type RenderView } from '../core/render/render-view';
import { endOfLocalDay, rangeOfEnds, type RangeEnd } from '../core/time-range';
import { parseMoment } from '../core/time';
import type { Dataset } from '../core/types';
import { writeAnimation } from './animate';
import { readArgs, usageError, type Command } from './args';
import { frameTimes, parseStep } from './frame-times';
import { BUILTIN_MANIFEST, DATA_FLAG, loadValidOrReport } from './load';
import { rasterise } from './rasterise';

const TIME_FORMS = 'use 2016-04-21, 2016-04-21T14:30 or an ISO time with an offset';
const SIZE = { min: 16, max: 4096 };
const SCALES = ['1', '2', '3', '4'];
const DELAY = { min: 20, max: 60_000 };
const MAX_FRAMES = 2000;

const COMMAND = {
  usage: 'npm run render -- --at <time> [--to <time>] --out file.svg|file.png [--lang ar] [--width 1200] [--height 630] [--map z/lat/lon] [--scale 2] [--data dataset.json]\n'
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
    layers: { value: 'list', help: `the layers shown, comma-separated (default: all: ${LAYER_IDS.join(',')})` },
    data: DATA_FLAG,
  },
} satisfies Command<Record<string, { value: string; help: string }>>;

type Kind = 'svg' | 'png' | 'gif';

interface Picture {
  kind: Kind;
  out: string;
  width: number;
  height: number;
  scale: number;
  lang: Lang;
  frame: MapView | null;
  layers: readonly LayerId[];
}

/** A usage problem: printed as it is (it names the flag and its value), exit code 2. */
class BadArgument extends Error {}

const quoted = (flag: string, value: string) => `--${flag} ${JSON.stringify(value)}`;

function readKind(out: string): Kind {
  const ext = /\.([^./\\]+)$/.exec(out)?.[1]?.toLowerCase();
  if (ext === 'svg' || ext === 'png' || ext === 'gif') return ext;
  throw new BadArgument(`${quoted('out', out)}: the picture's kind follows the file's extension: .svg, .png or .gif`);
}

function readInteger(flag: string, text: string | undefined, fallback: number, bounds: { min: number; max: number }): number {
  if (text === undefined) return fallback;
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

function readLayers(text: string): LayerId[] {
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !isLayerId(n));
  if (unknown.length > 0) throw new BadArgument(`${quoted('layers', text)}: unknown layer ${unknown.join(', ')} (known: ${LAYER_IDS.join(', ')})`);
  return LAYER_IDS.filter((id) => names.includes(id));
}

/** Everything that can be checked before the dataset is read. */
function readPicture(flags: Partial<Record<keyof typeof COMMAND.flags, string>>): Picture {
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
  return {
    kind,
    out: flags.out,
    width: readInteger('width', flags.width, 1200, SIZE),
    height: readInteger('height', flags.height, 630, SIZE),
    scale: Number(flags.scale ?? 1),
    lang: lang as Lang,
    frame: flags.map === undefined ? null : readMap(flags.map),
    layers: flags.layers === undefined ? LAYER_IDS : readLayers(flags.layers),
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
function readRange(first: 'at' | 'from', flags: Record<string, string | undefined>, dataset: Dataset) {
  const a = readEnd(first, flags[first] as string, dataset);
  const b = readEnd('to', flags.to as string, dataset);
  const range = rangeOfEnds(a, b, dataset.manifest.timezone);
  if (range.end < range.start) throw new BadArgument(`${quoted('to', flags.to as string)} is before ${quoted(first, flags[first] as string)}`);
  return range;
}

/** The view of a single picture: a moment, a whole day (control at its end) or a range. */
function readView(flags: Record<string, string | undefined>, dataset: Dataset): RenderView {
  if (flags.to !== undefined) {
    const range = readRange('at', flags, dataset);
    return { time: range.end, span: 'range', rangeStart: range.start };
  }
  const at = readEnd('at', flags.at as string, dataset);
  if (!at.wholeDay) return { time: at.ms, span: 'moment', rangeStart: null };
  // As the app shows a day: its incidents, and control at its last moment inside the dataset.
  return { time: Math.min(endOfLocalDay(at.ms, dataset.manifest.timezone), dataset.end - 1), span: 'day', rangeStart: null };
}

const megabytes = (bytes: number) => (bytes < 1e6 ? `${Math.ceil(bytes / 1e3)} KB` : `${(bytes / 1e6).toFixed(1)} MB`);
const peakMemory = () => `peak memory ${megabytes(process.resourceUsage().maxRSS * 1024)}`;

async function writePicture(picture: Picture, request: RenderRequest): Promise<string> {
  const svg = renderViewSvg(request);
  if (picture.kind === 'svg') {
    await writeFile(picture.out, svg);
    return `${picture.width}×${picture.height}, ${megabytes(Buffer.byteLength(svg))}`;
  }
  const image = rasterise(svg, { scale: picture.scale });
  const png = image.png();
  await writeFile(picture.out, png);
  return `${image.width}×${image.height} pixels, ${megabytes(png.byteLength)}`;
}

async function writeGif(picture: Picture, request: Omit<RenderRequest, 'view'>, times: number[], delay: number): Promise<string> {
  const file = await open(picture.out, 'w');
  let finished = false;
  try {
    const showProgress = process.stderr.isTTY === true;
    const done = await writeAnimation({
      picture: request,
      times,
      scale: picture.scale,
      delay,
      write: async (bytes) => { await file.write(bytes); },
      progress: showProgress ? (n, total) => process.stderr.write(`\rframe ${n} of ${total}`) : undefined,
    });
    if (showProgress) process.stderr.write('\n');
    finished = true;
    return `${done.frames} frames, ${done.width}×${done.height} pixels, ${megabytes(done.bytes)}`;
  } finally {
    await file.close();
    // A half-written animation is not an animation.
    if (!finished) await rm(picture.out, { force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv, COMMAND);
  if (args.exitCode !== undefined) return args.exitCode;
  const flags = args.values as Partial<Record<keyof typeof COMMAND.flags, string>>;
  const started = performance.now();
  try {
    const picture = readPicture(flags);
    const dataset = await loadValidOrReport(flags.data || BUILTIN_MANIFEST);
    if (!dataset) return 1;
    const base = { dataset, index: indexDataset(dataset), layers: picture.layers, lang: picture.lang, width: picture.width, height: picture.height, frame: picture.frame };
    let summary: string;
    let view: RenderView;
    if (picture.kind === 'gif') {
      const range = readRange('from', flags, dataset);
      const step = parseStep(flags.every as string);
      if (step === null) throw new BadArgument(`${quoted('every', flags.every as string)}: not a step of time (30m, 1h, 6h, 1d)`);
      const times = frameTimes(range, step);
      if (times.length > MAX_FRAMES) throw new BadArgument(`${quoted('every', flags.every as string)}: ${times.length} frames from --from to --to; at most ${MAX_FRAMES} (take a longer step)`);
      const delay = readInteger('delay', flags.delay, 500, DELAY);
      view = { time: range.end, span: 'range', rangeStart: range.start };
      summary = await writeGif(picture, base, times, delay);
    } else {
      view = readView(flags, dataset);
      summary = await writePicture(picture, { ...base, view });
    }
    console.log(altText({ ...base, view }));
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.error(`wrote ${picture.out} (${summary}) in ${seconds} s; ${peakMemory()}`);
    return 0;
  } catch (err) {
    if (err instanceof BadArgument) return usageError(COMMAND, err.message).exitCode;
    // Anything else (a folder that does not exist, a full disk) is not the caller's typing.
    console.error(`${flags.out ?? ''}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
