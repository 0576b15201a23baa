// The incidents of a range: every incident whose time span overlaps it, found through the time index
// (its sorted starts and its list of long incidents) rather than by a scan, then grouped by type.
import type { TimeRange } from './changes';
import { lastAtOrBefore } from './control';
import { INCIDENT_LAYER, type IncidentIndex } from './incidents';
import type { Incident, IncidentType } from './types';

/**
 * Incidents in force at some moment of [start, end), in start order: begun before `end` and not
 * ended before `start` (an incident is in force from its start to its end, both included).
 */
export function incidentsInRange(index: IncidentIndex, range: TimeRange): Incident[] {
  const hi = lastAtOrBefore(index.starts, range.end - 1);
  // Begun at most the window before the start, or later: check their ends one by one.
  const lo = Math.min(hi + 1, lastAtOrBefore(index.starts, range.start - index.windowMs - 1) + 1);
  // Begun earlier still: only an incident longer than the window can reach the start.
  const out: Incident[] = [];
  for (const i of index.long) if (i < lo && (index.ends[i] as number) >= range.start) out.push(index.incidents[i] as Incident);
  for (let i = lo; i <= hi; i++) if ((index.ends[i] as number) >= range.start) out.push(index.incidents[i] as Incident);
  return out;
}

/** The types in a stable order: grouped by their layer, as INCIDENT_LAYER lists them. */
const TYPE_ORDER = Object.keys(INCIDENT_LAYER) as IncidentType[];

/** The incidents grouped by type (types with none left out), each group in the order given. */
export function incidentsByType(incidents: readonly Incident[]): { type: IncidentType; incidents: Incident[] }[] {
  const groups = new Map<IncidentType, Incident[]>();
  for (const i of incidents) {
    const g = groups.get(i.type) ?? [];
    g.push(i);
    groups.set(i.type, g);
  }
  return TYPE_ORDER.filter((t) => groups.has(t)).map((type) => ({ type, incidents: groups.get(type) as Incident[] }));
}
