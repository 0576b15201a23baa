// The per-dataset indexes every query at a moment uses: control by area, incidents by time, event stops.
import { buildControlIndex, type ControlIndex } from './control';
import { buildIncidentIndex, eventTimes, type IncidentIndex } from './incidents';
import { HOUR } from './time';
import type { Dataset } from './types';
import { vocabularyOf, type Vocabulary } from './vocabulary';

/** Incidents begun this long before the moment shown stay on the map, fading. */
export const INCIDENT_WINDOW_MS = 24 * HOUR;

export interface DatasetIndex {
  control: ControlIndex;
  incidents: IncidentIndex;
  /** Every incident start and control change, sorted: the stops for previous/next. */
  events: Float64Array;
  /** The dataset's sides, incident types and layers. */
  vocabulary: Vocabulary;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const control = buildControlIndex(dataset);
  const incidents = buildIncidentIndex(dataset.incidents, INCIDENT_WINDOW_MS);
  return { control, incidents, events: eventTimes(incidents, control.changeTimes), vocabulary: vocabularyOf(dataset.manifest) };
}
