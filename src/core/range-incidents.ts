// The incidents of a range: every incident whose time span overlaps it (the time index finds them),
// grouped by type.
import { incidentsOverlapping, type IncidentIndex } from './incidents';
import type { TimeRange } from './time-range';
import type { Incident, IncidentType } from './types';
import { typesByLayer } from './types-by-layer';
import type { Vocabulary } from './vocabulary';

/** Incidents in force at some moment of the range (both ends included), in start order. */
export function incidentsInRange(index: IncidentIndex, range: TimeRange): Incident[] {
  return incidentsOverlapping(index, range.start, range.end);
}

/** The types in a stable order: grouped by their layer, as the vocabulary lists them. */
export function typeOrder(vocabulary: Vocabulary): readonly IncidentType[] {
  return typesByLayer(vocabulary);
}

/** The incidents grouped by type (types with none left out), each group in the order given. */
export function incidentsByType(incidents: readonly Incident[], vocabulary: Vocabulary): { type: IncidentType; incidents: Incident[] }[] {
  const groups = new Map<IncidentType, Incident[]>();
  for (const i of incidents) {
    const g = groups.get(i.type) ?? [];
    g.push(i);
    groups.set(i.type, g);
  }
  return typeOrder(vocabulary).filter((t) => groups.has(t)).map((type) => ({ type, incidents: groups.get(type) as Incident[] }));
}
