// A seeded synthetic dataset split into weekly chunks of incidents (the manifest's incident_chunks),
// written to disk once under bench/cache/ and used again while its manifest is there: a million
// incidents take a minute or two to write. Each week's incidents come from their own seeded draws,
// so a chunk is the same whichever others were written.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, iso, seeded, START, syntheticIncident, type SyntheticSize } from './generate';

export interface ChunkedSize extends SyntheticSize {
  /** Weeks covered, one chunk each. */
  weeks: number;
}

export const CHUNKED_SIZE: ChunkedSize = { name: '500 areas × 1M incidents in 52 weekly chunks', areas: 500, incidents: 1_000_000, changes: 10_000, weeks: 52 };

const WEEK = 7 * 86_400_000;
export const CACHE_DIR = 'bench/cache';

/** The folder the dataset is written to, named after its size and seed. */
export function chunkedDir(size: ChunkedSize, { seed = 1, root = CACHE_DIR }: { seed?: number; root?: string } = {}): string {
  return join(root, `synthetic-chunked-${size.areas}-${size.incidents}-${size.weeks}w-seed-${seed}`);
}

export interface WriteOptions {
  seed?: number;
  /** The cache folder (bench/cache unless given). */
  root?: string;
  /** Told each week written. */
  progress?: (week: number) => void;
}

/** Writes the dataset unless it is already there (its manifest is written last); returns its folder. */
export function writeChunked(size: ChunkedSize, { seed = 1, root = CACHE_DIR, progress }: WriteOptions = {}): string {
  const dir = chunkedDir(size, { seed, root });
  if (existsSync(join(dir, 'dataset.json'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const days = size.weeks * 7;
  // Everything but the incidents, over the whole year.
  const { manifest, files } = generate({ ...size, incidents: 0, days }, seed);
  for (const [name, json] of Object.entries(files)) if (name !== 'incidents.json') writeFileSync(join(dir, name), JSON.stringify(json));
  const end = START + days * 86_400_000;
  const perWeek = Math.floor(size.incidents / size.weeks);
  const chunks = [];
  let k = 0;
  for (let w = 0; w < size.weeks; w++) {
    const rand = seeded(seed * 1000 + w + 1);
    const count = perWeek + (w < size.incidents % size.weeks ? 1 : 0);
    const from = START + w * WEEK;
    const incidents = Array.from({ length: count }, () => syntheticIncident(rand, k++, { from, minutes: 7 * 1440, end, areas: size.areas }));
    const file = `incidents-week-${String(w + 1).padStart(2, '0')}.json`;
    writeFileSync(join(dir, file), JSON.stringify(incidents));
    chunks.push({ file, start: iso(from), end: iso(from + WEEK) });
    progress?.(w + 1);
  }
  const { incidents: _oneFile, ...otherFiles } = manifest.files;
  const chunked = {
    ...manifest, id: `synthetic-chunked-${size.areas}-${size.incidents}`, title: `Synthetic: ${size.name}`,
    files: otherFiles, incident_chunks: chunks,
  };
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify(chunked));
  return dir;
}
