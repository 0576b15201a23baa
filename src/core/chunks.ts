// A dataset split by time (the manifest's incident_chunks): which chunk holds a moment, and which
// chunks a view needs, so that a reader fetches only those.
import type { IncidentChunk, Manifest } from './types';

/** A chunk's span in epoch ms: its incidents start in [start, end), or at `end` too for the last one (`closed`). */
export interface ChunkSpan {
  start: number;
  end: number;
  closed: boolean;
}

/** The spans of a manifest's chunks, in its order; empty for a dataset in one file. */
export function chunkSpans(manifest: Pick<Manifest, 'incident_chunks' | 'extent'>): ChunkSpan[] {
  const chunks: readonly IncidentChunk[] = manifest.incident_chunks ?? [];
  const extentEnd = Date.parse(manifest.extent.end);
  return chunks.map((c) => {
    const end = Date.parse(c.end);
    return { start: Date.parse(c.start), end, closed: end === extentEnd };
  });
}

/** True when an incident starting at `t` belongs in the chunk. */
export function inSpan(span: ChunkSpan, t: number): boolean {
  return t >= span.start && (t < span.end || (span.closed && t === span.end));
}

/** The index of the chunk that holds an incident starting at `t`, or -1 (a gap between chunks, or outside them). */
export function chunkAt(spans: readonly ChunkSpan[], t: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as ChunkSpan;
    if (inSpan(span, t)) return mid;
    if (t < span.start) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}

/** The indices of the chunks whose spans meet [from, to] (both included), in order. */
export function chunksMeeting(spans: readonly ChunkSpan[], from: number, to: number): number[] {
  const out: number[] = [];
  spans.forEach((s, i) => {
    if (s.start <= to && (s.end > from || (s.closed && s.end >= from))) out.push(i);
  });
  return out;
}

/** The chunks next to the given ones (one before the first, one after the last), that are not among them. */
export function neighbourChunks(count: number, chunks: readonly number[], reach = 1): number[] {
  if (chunks.length === 0) return [];
  const first = Math.min(...chunks);
  const last = Math.max(...chunks);
  const out: number[] = [];
  for (let d = 1; d <= reach; d++) {
    if (last + d < count) out.push(last + d);
    if (first - d >= 0) out.push(first - d);
  }
  return out;
}

/** What a view shows, as the store holds it (see store/store.ts). */
export interface ViewTime {
  time: number;
  span: 'moment' | 'day' | 'range';
  rangeStart: number | null;
}

/**
 * The incidents' start times a view can show: from `windowMs` before its first moment (an incident
 * begun then still shows, fading) to its last. A day is shown up to its last moment, which is `time`.
 */
export function viewStarts(view: ViewTime, { windowMs, dayStart }: { windowMs: number; dayStart: (t: number) => number }): [number, number] {
  const first = view.span === 'range' && view.rangeStart !== null ? view.rangeStart : view.span === 'day' ? dayStart(view.time) : view.time;
  return [first - windowMs, view.time];
}

/** Records grouped by the chunk their start falls in (records outside every chunk are left out). */
export function byChunk<T extends { start: string }>(records: readonly T[], spans: readonly ChunkSpan[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of records) {
    const chunk = chunkAt(spans, Date.parse(r.start));
    if (chunk < 0) continue;
    const list = out.get(chunk);
    if (list) list.push(r);
    else out.set(chunk, [r]);
  }
  return out;
}
