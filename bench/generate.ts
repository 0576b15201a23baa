// A seeded synthetic dataset: N areas tiling a region, M incidents over 90 days, K control changes.
// The same seed gives the same dataset, so every run of the benchmark compares like with like.
import type { Manifest } from '../src/core/types';

/** mulberry32: a small, fast, seeded PRNG. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticSize {
  name: string;
  areas: number;
  incidents: number;
  changes: number;
  /** Days the data covers (90 unless given). */
  days?: number;
}

export const SIZES: SyntheticSize[] = [
  { name: '50 areas × 1k incidents', areas: 50, incidents: 1_000, changes: 200 },
  { name: '500 areas × 10k incidents', areas: 500, incidents: 10_000, changes: 2_000 },
  { name: '500 areas × 100k incidents', areas: 500, incidents: 100_000, changes: 5_000 },
];

const DAYS = 90;
/** The synthetic data's first moment. */
export const START = Date.parse('2024-01-01T00:00:00+03:00');
const WEST = 38;
const SOUTH = 35;
const SPAN = 4; // degrees covered by the grid, east and north
const ACTORS = ['red', 'blue', 'green', 'purple', 'orange', 'grey'];
const COLOURS = ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00', '#666666'];
const TYPES = ['clash', 'mortar', 'artillery', 'capture', 'siege', 'arrest', 'attack', 'talks', 'ceasefire', 'statement', 'exchange'];

export const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The dataset's files as JSON-ready objects, keyed by the manifest's file names. */
export function generate(size: SyntheticSize, seed = 1): { manifest: Manifest; files: Record<string, unknown> } {
  const rand = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const side = Math.ceil(Math.sqrt(size.areas));
  const cell = SPAN / side;
  const days = size.days ?? DAYS;
  const end = START + days * 86_400_000;

  const manifest: Manifest = {
    format: 'conflict-map-dataset/1', id: `synthetic-${size.areas}-${size.incidents}`, version: `seed-${seed}`,
    title: `Synthetic: ${size.name}`, description: 'Generated for benchmarks; nothing in it is real.', timezone: 'UTC',
    extent: { start: iso(START), end: iso(end) },
    files: { sources: 'sources.json', actors: 'actors.json', sites: 'sites.geojson', control: 'control.json', incidents: 'incidents.json' },
  };
  const sources = [{ id: 'generator', publisher: 'Benchmark generator', title: `Synthetic data, seed ${seed}` }];
  const actors = ACTORS.map((id, i) => ({ id, name: `Actor ${id}`, short: id, colour: COLOURS[i], side: 'other', aliases: [], sources: ['generator'] }));

  const sites = [];
  for (let i = 0; i < size.areas; i++) {
    const x = WEST + (i % side) * cell;
    const y = SOUTH + Math.floor(i / side) * cell;
    sites.push({
      type: 'Feature', id: `area-${i}`,
      geometry: { type: 'Polygon', coordinates: [[[x, y], [x + cell, y], [x + cell, y + cell], [x, y + cell], [x, y]]] },
      properties: { name: { en: `Area ${i}` }, kind: 'district', geometry_precision: 'schematic', sources: ['generator'] },
    });
  }

  const holder = sites.map(() => pick(ACTORS));
  const initial = sites.map((s, i) => ({ site: s.id, controller: holder[i], confidence: 'high', sources: ['generator'] }));
  const changeTimes = Array.from({ length: size.changes }, () => START + Math.floor(rand() * days * 1440) * 60_000).sort((a, b) => a - b);
  const changes = changeTimes.map((at, k) => {
    const area = Math.floor(rand() * size.areas);
    const from = holder[area] as string;
    const contested = rand() < 0.3;
    const to = contested ? from : pick(ACTORS);
    holder[area] = to;
    return { id: `change-${k}`, site: `area-${area}`, at: iso(at), time_precision: 'minute', from, to, contested, confidence: 'medium', sources: ['generator'] };
  });

  const incidents = Array.from({ length: size.incidents }, (_, k) => syntheticIncident(rand, k, { from: START, minutes: days * 1440, end, areas: size.areas }));

  return {
    manifest,
    files: {
      'sources.json': sources, 'actors.json': actors,
      'sites.geojson': { type: 'FeatureCollection', features: sites },
      'control.json': { initial, changes }, 'incidents.json': incidents,
    },
  };
}

/** Where and when incidents are drawn: from `from`, over `minutes`, none running past `end`, among `areas` areas. */
export interface IncidentDraw {
  from: number;
  minutes: number;
  end: number;
  areas: number;
}

/** One synthetic incident, `incident-<k>`, its fields drawn from `rand` (the same draws, in the same order, give the same incident). */
export function syntheticIncident(rand: () => number, k: number, { from, minutes, end, areas }: IncidentDraw) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const start = from + Math.floor(rand() * minutes) * 60_000;
  const type = pick(TYPES);
  const longer = rand() < 0.05;
  return {
    id: `incident-${k}`, type, title: `Synthetic ${type} ${k}`, summary: 'Generated for a benchmark.', start: iso(start),
    ...(longer ? { end: iso(Math.min(end, start + Math.floor(rand() * 72) * 3_600_000)) } : {}),
    time_precision: 'minute',
    location: rand() < 0.5
      ? { site: `area-${Math.floor(rand() * areas)}` }
      : { point: [WEST + rand() * SPAN, SOUTH + rand() * SPAN], precision_m: Math.floor(rand() * 2000) },
    actors: [pick(ACTORS)],
    casualties: rand() < 0.2 ? [{ claimant: 'Generator', source: 'generator', side: 'other', kind: 'killed', count: Math.floor(rand() * 20), qualifier: 'exact' }] : [],
    confidence: 'low', sources: ['generator'],
  };
}
