// The places an import makes (core/import/dataset-builder.ts: one site a name and point), packed for
// the loader's worker to send to the page, as packed-incidents.ts packs its incidents: each site is
// its own id, name and point, and a few words for what every place shares (its kind, its precision,
// its note, its sources). A 100k-row import has about 30,000 places, and the generic packer took
// 50–80 ms of the worker's last step for them. A site of any other make is refused, and goes generic.
import { Interned } from './interned';
import { packedTransfer, packRecords, unpackRecords, type PackedRecords } from './packed-records';
import type { Site } from './types';

export interface PackedSites {
  count: number;
  /** Per site, WORDS words: indexes into `shared` (kind, precision, note) and `parts` (sources). */
  words: Int32Array;
  /** Each site's own texts: its id and its name. */
  own: string[];
  /** Each site's longitude and latitude. */
  points: Float64Array;
  shared: string[];
  parts: PackedRecords;
}

const KIND = 0;
const PRECISION = 1;
const NOTE = 2;
const SOURCES = 3;
const WORDS = 4;

/** Whether `value` is an object whose own keys are exactly `keys`, in that order. */
function hasKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  let k = 0;
  for (const key in value) if (keys[k++] !== key) return false;
  return k === keys.length;
}

const SITE_KEYS = ['type', 'id', 'geometry', 'properties'];
const GEOMETRY_KEYS = ['type', 'coordinates'];
const PROPERTY_KEYS = ['name', 'kind', 'geometry_precision', 'note', 'sources'];
const NAME_KEYS = ['en'];

/** Whether the site is a place as the importer makes it: a named point, with texts where texts go. */
function placeMade(site: Site): boolean {
  if (!hasKeys(site, SITE_KEYS) || site.type !== 'Feature' || typeof site.id !== 'string') return false;
  const { geometry: g, properties: p } = site as unknown as { geometry: unknown; properties: unknown };
  if (!hasKeys(g, GEOMETRY_KEYS) || g.type !== 'Point') return false;
  const c = g.coordinates;
  if (!Array.isArray(c) || c.length !== 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number') return false;
  return hasKeys(p, PROPERTY_KEYS) && hasKeys(p.name, NAME_KEYS) && typeof p.name.en === 'string' && typeof p.kind === 'string'
    && typeof p.geometry_precision === 'string' && typeof p.note === 'string' && Array.isArray(p.sources);
}

/** Packs the importer's places; null when one of them is of another make (then pack them with packRecords). */
export function packSites(sites: readonly Site[]): PackedSites | null {
  const words = new Int32Array(sites.length * WORDS);
  const own: string[] = [];
  const points = new Float64Array(sites.length * 2);
  const texts = new Interned<string>();
  const parts = new Interned<string[]>();
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i] as Site;
    if (!placeMade(site)) return null;
    const p = site.properties as unknown as { name: { en: string }; kind: string; geometry_precision: string; note: string; sources: string[] };
    const [x, y] = (site.geometry as unknown as { coordinates: [number, number] }).coordinates;
    own.push(site.id, p.name.en);
    points[2 * i] = x;
    points[2 * i + 1] = y;
    const w = i * WORDS;
    words[w + KIND] = texts.indexOf(p.kind);
    words[w + PRECISION] = texts.indexOf(p.geometry_precision);
    words[w + NOTE] = texts.indexOf(p.note);
    words[w + SOURCES] = parts.indexOf(p.sources);
  }
  return { count: sites.length, words, own, points, shared: texts.list, parts: packRecords(parts.list) };
}

/** What postMessage may move rather than copy. */
export function packedSitesTransfer(packed: PackedSites): ArrayBuffer[] {
  return [packed.words.buffer as ArrayBuffer, packed.points.buffer as ArrayBuffer, ...packedTransfer(packed.parts)];
}

/** The places packSites packed, equal to them: the same keys in the same order, and the lists they shared shared. */
export function unpackSites({ count, words, own, points, shared, parts: packedParts }: PackedSites): Site[] {
  const parts = unpackRecords<string[]>(packedParts);
  const sites = new Array<Site>(count);
  for (let i = 0; i < count; i++) {
    const w = i * WORDS;
    sites[i] = {
      type: 'Feature', id: own[2 * i] as string,
      geometry: { type: 'Point', coordinates: [points[2 * i] as number, points[2 * i + 1] as number] },
      properties: {
        name: { en: own[2 * i + 1] as string }, kind: shared[words[w + KIND] as number], geometry_precision: shared[words[w + PRECISION] as number],
        note: shared[words[w + NOTE] as number], sources: parts[words[w + SOURCES] as number],
      },
    } as Site;
  }
  return sites;
}
