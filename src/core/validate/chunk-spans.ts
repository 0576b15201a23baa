// The manifest's incident chunks: the incidents in one file or in chunks (never both), each chunk's
// span running forwards inside the extent, the chunks in time order without overlapping, no file twice.
import { showValue } from '../records';
import type { Manifest, Problem } from '../types';

/** Problems with how the manifest names its incidents; none for a usable manifest. */
export function chunkSpanProblems(m: Manifest, file: string): Problem[] {
  const problems: Problem[] = [];
  const chunks = m.incident_chunks;
  if (chunks === undefined) {
    if (m.files.incidents === undefined) problems.push({ file, field: 'files.incidents', value: showValue(undefined), message: 'is needed: name the incidents file, or list the incidents by time in incident_chunks' });
    return problems;
  }
  if (m.files.incidents !== undefined) {
    problems.push({ file, field: 'files.incidents', value: showValue(m.files.incidents), message: 'must be left out when incident_chunks lists the incidents (one or the other)' });
  }
  const start = Date.parse(m.extent.start);
  const end = Date.parse(m.extent.end);
  const named = new Set<string>(Object.values(m.files).filter((f): f is string => f !== undefined));
  let previousEnd = -Infinity;
  chunks.forEach((chunk, i) => {
    const at = (field: string, value: string, message: string) => problems.push({ file, field: `incident_chunks.${i}.${field}`, value: showValue(value), message });
    const from = Date.parse(chunk.start);
    const to = Date.parse(chunk.end);
    if (named.has(chunk.file)) at('file', chunk.file, 'is named twice in the manifest (each chunk needs a file of its own)');
    named.add(chunk.file);
    if (to <= from) at('end', chunk.end, 'must be after the chunk\'s start');
    if (from < start) at('start', chunk.start, 'is before the dataset\'s start (the manifest\'s extent.start)');
    if (to > end) at('end', chunk.end, 'is after the dataset\'s end (the manifest\'s extent.end)');
    if (from < previousEnd) at('start', chunk.start, `is before the end of chunk ${i - 1} (chunks are listed in time order and must not overlap)`);
    previousEnd = Math.max(previousEnd, to);
  });
  return problems;
}
