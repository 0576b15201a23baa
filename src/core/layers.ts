// The map's layers: ids are part of the link format, so they never change meaning.
import { INCIDENT_LAYERS, type IncidentLayer } from './incidents';

export type LayerId = 'control' | 'sites' | IncidentLayer;
export const LAYER_IDS: readonly LayerId[] = ['control', 'sites', ...INCIDENT_LAYERS];

export function isLayerId(s: string): s is LayerId {
  return (LAYER_IDS as readonly string[]).includes(s);
}
