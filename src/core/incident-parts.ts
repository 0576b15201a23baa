// The accepted incidents as positions in the incidents file as parsed, so that the loader's worker
// need not copy 100,000 records to the page: the page parses the same bytes itself and picks the
// records out. Records the validator changed (trimmed text) travel as they are.
import type { Incident } from './types';

export interface IncidentParts {
  /** Each accepted incident in the dataset's order: its position in the parsed file, or -1 for the next of `changed`. */
  order: Int32Array;
  /** The records that are not the file's own objects, in order. */
  changed: Incident[];
}

/** The parts of `incidents` (validated from `parsed`, the file's top-level list). */
export function splitIncidents(incidents: readonly Incident[], parsed: readonly unknown[]): IncidentParts {
  const position = new Map<unknown, number>();
  parsed.forEach((record, i) => position.set(record, i));
  const changed: Incident[] = [];
  const order = Int32Array.from(incidents, (incident) => {
    const i = position.get(incident);
    if (i !== undefined) return i;
    changed.push(incident);
    return -1;
  });
  return { order, changed };
}

/** The incidents again, from their parts and the same file parsed anew; throws when they do not fit it. */
export function joinIncidents({ order, changed }: IncidentParts, parsed: unknown): Incident[] {
  const list = Array.isArray(parsed) ? parsed : [];
  let next = 0;
  return Array.from(order, (i) => {
    const incident = i < 0 ? changed[next++] : list[i] as Incident | undefined;
    if (incident === undefined) throw new Error('the incidents file changed while it was loading; load the page again');
    return incident;
  });
}
