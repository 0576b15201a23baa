// One more chunk of a dataset split by time, read, parsed and validated against the ids of the records
// the page holds: shared by the loader's worker and the page's fallback where workers are refused.
import { readChunk, type ReadText } from '../core/dataset';
import type { Incident, Problem } from '../core/types';
import { validateChunk } from '../core/validate/incident-chunks';
import { vocabularyOf } from '../core/vocabulary';
import type { ChunkRequest } from './load-messages';
import { fetchOk } from './run-load';

const fetchText: ReadText = async (url) => (await fetchOk(url)).text();

export interface ChunkRead {
  /** The accepted incidents, sorted by start (then id); ids are checked against other chunks on the page. */
  incidents: Incident[];
  /** The chunk's file as parsed (undefined when it could not be read or parsed: a problem says why). */
  json: unknown;
  problems: Problem[];
}

export async function runChunk({ url, manifest, chunk, known }: ChunkRequest, readUrl: ReadText = fetchText): Promise<ChunkRead> {
  const problems: Problem[] = [];
  const json = await readChunk(url, { manifest, chunk, readText: readUrl, problems });
  const ctx = {
    problems,
    extent: { start: Date.parse(manifest.extent.start), end: Date.parse(manifest.extent.end) },
    sourceIds: new Set(known.sources), actorIds: new Set(known.actors), siteIds: new Set(known.sites),
    vocabulary: vocabularyOf(manifest),
  };
  const incidents = json === undefined ? [] : validateChunk(manifest, { chunk, json }, ctx);
  return { incidents, json, problems };
}
