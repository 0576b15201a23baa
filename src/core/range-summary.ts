// "What changed" over a range, in one value for the panel and the exports: each area's changes of
// control, who gained and who lost, the incidents of the range by type, and casualty claims per claimant.
import { actorBalance, type ActorBalance } from './actor-balance';
import { areaChanges, type AreaChange } from './changes';
import type { TimeRange } from './time-range';
import type { DatasetIndex } from './dataset-index';
import { claimsOfIncidents, type ClaimantClaims } from './range-claims';
import { incidentsByType, incidentsInRange } from './range-incidents';
import type { Dataset, Incident, IncidentType } from './types';

export interface RangeSummary {
  range: TimeRange;
  /** Areas with a change of control inside the range (see changes.ts for the range's convention). */
  areas: AreaChange[];
  actors: ActorBalance[];
  incidents: Incident[];
  byType: { type: IncidentType; incidents: Incident[] }[];
  claims: ClaimantClaims[];
}

export function summarizeRange(dataset: Pick<Dataset, 'actors' | 'sites'>, index: DatasetIndex, range: TimeRange): RangeSummary {
  const areas = areaChanges(index.control, range);
  const incidents = incidentsInRange(index.incidents, range);
  return {
    range, areas, actors: actorBalance(dataset, areas), incidents,
    byType: incidentsByType(incidents, index.vocabulary), claims: claimsOfIncidents(incidents),
  };
}
