// A chunk of incidents (the manifest's incident_chunks): its records validated as an incidents file,
// then each one checked to start inside its chunk's span and to have an id no other chunk loaded uses.
import { chunkAt, chunkSpans, inSpan, type ChunkSpan } from '../chunks';
import { showValue } from '../records';
import type { Incident, IncidentChunk, Manifest, Problem } from '../types';
import { validateIncidents } from './incidents';
import type { Accepted } from './references';

export type IncidentContext = Pick<Accepted, 'problems' | 'extent' | 'sourceIds' | 'actorIds' | 'siteIds' | 'vocabulary'>;

/** One chunk as read: its index in incident_chunks, and its file parsed (undefined when it could not be read). */
export interface ChunkJson {
  chunk: number;
  json: unknown;
}

/** The accepted incidents of one chunk, sorted by start (then id). */
export function validateChunk(manifest: Manifest, { chunk, json }: ChunkJson, ctx: IncidentContext): Incident[] {
  const chunks = manifest.incident_chunks ?? [];
  const entry = chunks[chunk] as IncidentChunk;
  const span = chunkSpans(manifest)[chunk] as ChunkSpan;
  return validateIncidents(entry.file, json, ctx).filter((r) => {
    if (inSpan(span, Date.parse(r.start))) return true;
    ctx.problems.push({
      file: entry.file, record: r.id, field: 'start', value: showValue(r.start),
      message: `is outside its chunk's span, ${entry.start} to ${entry.end} (the manifest's incident_chunks.${chunk})`,
    });
    return false;
  });
}

/**
 * The incidents of chunks loaded together, in time order: each chunk validated, and an id already
 * used (in `known`, the chunks loaded before, or an earlier chunk of these) rejected with the file that has it.
 */
export function validateChunks(manifest: Manifest, read: readonly ChunkJson[], ctx: IncidentContext, known: ReadonlyMap<string, Incident> = new Map()): Incident[] {
  const seen = new Map<string, Incident>();
  const out: Incident[] = [];
  for (const one of [...read].sort((a, b) => a.chunk - b.chunk)) {
    const incidents = withoutKnownIds(manifest, { chunk: one.chunk, incidents: validateChunk(manifest, one, ctx), problems: ctx.problems }, { get: (id) => known.get(id) ?? seen.get(id) });
    for (const incident of incidents) seen.set(incident.id, incident);
    out.push(...incidents);
  }
  return out;
}

/** A chunk's incidents but those whose id `known` has (another chunk's): each one reported with the file that has it. */
export function withoutKnownIds(manifest: Manifest, { chunk, incidents, problems }: { chunk: number; incidents: readonly Incident[]; problems: Problem[] }, known: Pick<ReadonlyMap<string, Incident>, 'get'>): Incident[] {
  const chunks = manifest.incident_chunks ?? [];
  const file = chunks[chunk]?.file ?? 'incidents';
  let spans: ChunkSpan[] | null = null;
  return incidents.filter((incident) => {
    const other = known.get(incident.id);
    if (!other) return true;
    spans ??= chunkSpans(manifest);
    const where = chunks[chunkAt(spans, Date.parse(other.start))]?.file ?? 'another chunk';
    problems.push({ file, record: incident.id, field: 'id', value: showValue(incident.id), message: `is the id of an incident in ${where} too (ids are unique across chunks)` });
    return false;
  });
}
