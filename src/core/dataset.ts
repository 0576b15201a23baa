// Loads a dataset: reads the manifest (or a one-file bundle) and the files it names, parses the JSON,
// and hands the parsed files to the validators (src/core/validate/). Of a dataset split by time, it
// reads the chunks of incidents asked for (all of them unless told otherwise).
import { isBundle, readBundle } from './bundle';
import type { FileKey, LoadResult, Manifest, Problem } from './types';
import type { ChunkJson } from './validate/incident-chunks';
import { validateDataset } from './validate/dataset';
import { validateManifest } from './validate/manifest';

export type { FileKey, LoadResult } from './types';

/**
 * Reads a file's text by its path (and which of the manifest's files it is, none for the manifest; for
 * a chunk of incidents, 'incidents' and the chunk's index); a browser passes fetch, Node passes fs.
 */
export type ReadText = (path: string, key?: FileKey, chunk?: number) => Promise<string>;

/** Resolves a path named in a manifest against the manifest's own location. */
export function resolvePath(manifestPath: string, relative: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(relative) || relative.startsWith('/')) return relative;
  const slash = manifestPath.lastIndexOf('/');
  return slash < 0 ? relative : manifestPath.slice(0, slash + 1) + relative;
}

/** Reading progress: files read so far out of all the dataset's files. */
export type LoadProgress = (done: number, total: number, file: string) => void;

export interface LoadOptions {
  onProgress?: LoadProgress | undefined;
  /** Each of the manifest's files as parsed, before it is validated (a chunk of incidents with its index). */
  onParsed?: ((key: FileKey, json: unknown, chunk?: number) => void) | undefined;
  /** Of a dataset split by time, the chunks to read (indices into incident_chunks); every chunk when absent. */
  pickChunks?: ((manifest: Manifest) => readonly number[] | Promise<readonly number[]>) | undefined;
}

/**
 * Fetches and validates a whole dataset from its manifest, or from a single-file bundle; never
 * throws for bad input.
 */
export async function loadDataset(manifestPath: string, readText: ReadText, { onProgress, onParsed, pickChunks }: LoadOptions = {}): Promise<LoadResult> {
  const problems: Problem[] = [];
  const manifestName = manifestPath.slice(manifestPath.lastIndexOf('/') + 1);
  const manifestJson = await readJson({ path: manifestPath, name: manifestName, readText, problems });
  if (manifestJson === undefined) return { dataset: null, problems };
  if (isBundle(manifestJson)) return readBundle(manifestJson, manifestName);
  const manifest = validateManifest(manifestJson, manifestName, problems);
  if (!manifest) return { dataset: null, problems };

  const entries = (Object.entries(manifest.files) as [FileKey, string | undefined][]).filter((e): e is [FileKey, string] => e[1] !== undefined);
  const chunks = manifest.incident_chunks ?? [];
  const raw: Partial<Record<FileKey, unknown>> = {};
  const read: ChunkJson[] = [];
  let done = 0;
  // The chunks' count joins the total once they are picked.
  let total = entries.length;
  onProgress?.(0, total, manifestName);
  // The other files are read while the chunks are picked (a worker asks its page, which takes a while).
  const files = Promise.all(entries.map(async ([key, name]) => {
    raw[key] = await readJson({ path: resolvePath(manifestPath, name), name, key, readText, problems });
    onParsed?.(key, raw[key]);
    onProgress?.(++done, total, name);
  }));
  const picked = chunks.length === 0 ? [] : pickChunks ? await pickChunks(manifest) : chunks.map((_, i) => i);
  total += picked.length;
  await Promise.all([files, ...picked.map(async (chunk) => {
    const name = chunks[chunk]?.file;
    if (name === undefined) return;
    const json = await readJson({ path: resolvePath(manifestPath, name), name, key: 'incidents', chunk, readText, problems });
    read.push({ chunk, json });
    onParsed?.('incidents', json, chunk);
    onProgress?.(++done, total, name);
  })]);
  return validateDataset(manifest, raw, problems, { chunks: read });
}

/** Reads one chunk of a dataset split by time (the manifest's incident_chunks) and parses it; undefined (with a problem) when it cannot be. */
export function readChunk(manifestPath: string, { manifest, chunk, readText, problems }: { manifest: Manifest; chunk: number; readText: ReadText; problems: Problem[] }): Promise<unknown> {
  const name = manifest.incident_chunks?.[chunk]?.file;
  if (name === undefined) throw new Error(`the dataset has no chunk ${chunk}`);
  return readJson({ path: resolvePath(manifestPath, name), name, key: 'incidents', chunk, readText, problems });
}

interface FileToRead {
  path: string;
  name: string;
  key?: FileKey;
  chunk?: number;
  readText: ReadText;
  problems: Problem[];
}

async function readJson({ path, name, key, chunk, readText, problems }: FileToRead): Promise<unknown> {
  let text: string;
  try {
    text = await readText(path, key, chunk);
  } catch (err) {
    problems.push({ file: name, message: `could not be read: ${errorText(err)}` });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    problems.push({ file: name, message: `is not valid JSON: ${errorText(err)}` });
    return undefined;
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
