// The range's summary after its end moved, from the summary before: moving the end (as a reader drags
// or keys it, and as a range plays) adds or drops incidents at the tail only, so their groups by type
// and by claimant are extended or cut rather than rebuilt. It gives exactly what summarizeRange
// (range-summary.ts) gives, as tests/core/range-summary-step.test.ts checks; groups that did not
// change keep their arrays, so what shows them can tell at a glance.
import { actorBalance } from './actor-balance';
import { areaChangesAfter } from './area-changes-step';
import type { AreaChange } from './changes';
import { lastAtOrBefore } from './control';
import type { DatasetIndex } from './dataset-index';
import { claimsOfIncidents, type ClaimantClaims } from './range-claims';
import { incidentsByType, incidentsInRange, typeOrder } from './range-incidents';
import type { RangeSummary } from './range-summary';
import type { TimeRange } from './time-range';
import type { Dataset, Incident, IncidentType } from './types';

export interface RangeStep {
  /** The summary before the move, if any: of the same dataset and index (the caller's to ensure). */
  previous: RangeSummary | null;
  dataset: Pick<Dataset, 'actors' | 'sites'>;
  index: DatasetIndex;
  range: TimeRange;
  /** What changed per area over `range`, when the caller has it already (the map's range marks read it too). */
  areas?: AreaChange[];
}

/** The summary of `range`: from `previous` when it is of the same start, else from scratch. */
export function summarizeRangeAfter({ previous, dataset, index, range, areas = areaChangesAfter({ previous, index: index.control, range }) }: RangeStep): RangeSummary {
  // No area's changes came or went (most steps of an end): the balance between the ends is the same.
  const actors = previous && areas === previous.areas ? previous.actors : actorBalance(dataset, areas);
  if (!previous || previous.range.start !== range.start) {
    const incidents = incidentsInRange(index.incidents, range);
    return { range, areas, actors, incidents, byType: incidentsByType(incidents, index.vocabulary), claims: claimsOfIncidents(incidents) };
  }
  const starts = index.incidents.starts;
  // The incidents of a range are in index order, and those begun inside it end the list: moving the end
  // adds or drops incidents at the tail only.
  const lastBefore = lastAtOrBefore(starts, previous.range.end);
  const lastNow = lastAtOrBefore(starts, range.end);
  if (lastNow === lastBefore) return { ...previous, range, areas, actors };
  if (lastNow > lastBefore) {
    const added = index.incidents.incidents.slice(lastBefore + 1, lastNow + 1);
    return {
      range, areas, actors, incidents: [...previous.incidents, ...added],
      byType: extendByType(previous.byType, added, typeOrder(index.vocabulary)), claims: extendClaims(previous.claims, added),
    };
  }
  const kept = previous.incidents.length - (lastBefore - lastNow);
  const dropped = previous.incidents.slice(kept);
  return {
    range, areas, actors, incidents: previous.incidents.slice(0, kept),
    byType: cutByType(previous.byType, dropped), claims: cutClaims(previous.claims, dropped),
  };
}

type ByType = RangeSummary['byType'];

function extendByType(byType: ByType, added: readonly Incident[], order: readonly IncidentType[]): ByType {
  const more = new Map<IncidentType, Incident[]>();
  for (const i of added) {
    const list = more.get(i.type);
    if (list) list.push(i);
    else more.set(i.type, [i]);
  }
  const groups = byType.map((g) => {
    const extra = more.get(g.type);
    more.delete(g.type);
    return extra ? { type: g.type, incidents: [...g.incidents, ...extra] } : g;
  });
  // A type new to the range: the groups keep the types' order, so the new one goes in its place.
  if (more.size === 0) return groups;
  for (const [type, incidents] of more) groups.push({ type, incidents });
  return groups.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
}

function cutByType(byType: ByType, dropped: readonly Incident[]): ByType {
  const less = new Map<IncidentType, number>();
  for (const i of dropped) less.set(i.type, (less.get(i.type) ?? 0) + 1);
  // The dropped incidents are the last of their types' groups, being the last of the range.
  return byType
    .map((g) => {
      const n = less.get(g.type) ?? 0;
      return n === 0 ? g : { type: g.type, incidents: g.incidents.slice(0, g.incidents.length - n) };
    })
    .filter((g) => g.incidents.length > 0);
}

function extendClaims(claims: readonly ClaimantClaims[], added: readonly Incident[]): ClaimantClaims[] {
  const more = new Map<string, ClaimantClaims['claims']>();
  for (const incident of added) {
    for (const claim of incident.casualties) {
      const list = more.get(claim.claimant);
      if (list) list.push({ incident: incident.id, claim });
      else more.set(claim.claimant, [{ incident: incident.id, claim }]);
    }
  }
  const out = claims.map((g) => {
    const extra = more.get(g.claimant);
    more.delete(g.claimant);
    return extra ? { claimant: g.claimant, claims: [...g.claims, ...extra] } : g;
  });
  // Claimants new to the range come after the others, in order of first appearance (a Map keeps it).
  for (const [claimant, list] of more) out.push({ claimant, claims: list });
  return out;
}

function cutClaims(claims: readonly ClaimantClaims[], dropped: readonly Incident[]): ClaimantClaims[] {
  const less = new Map<string, number>();
  for (const incident of dropped) for (const claim of incident.casualties) less.set(claim.claimant, (less.get(claim.claimant) ?? 0) + 1);
  // A claimant left with no claims had none before the dropped incidents: it was among the last, and goes.
  return claims
    .map((g) => {
      const n = less.get(g.claimant) ?? 0;
      return n === 0 ? g : { claimant: g.claimant, claims: g.claims.slice(0, g.claims.length - n) };
    })
    .filter((g) => g.claims.length > 0);
}
