// The map's layers: ids are part of the link format, so they never change meaning.
import { INCIDENT_LAYERS, type IncidentLayer } from './incidents';

export type LayerId = 'control' | 'sites' | IncidentLayer;
export const LAYER_IDS: readonly LayerId[] = ['control', 'sites', ...INCIDENT_LAYERS];

export const LAYER_LABELS: Record<LayerId, string> = {
  control: 'Control of areas',
  sites: 'Sites',
  mortar: 'Mortar and artillery fire',
  clash: 'Clashes, sieges and attacks',
  capture: 'Captures, arrests and exchanges',
  talks: 'Talks, truce and statements',
};

export function isLayerId(s: string): s is LayerId {
  return (LAYER_IDS as readonly string[]).includes(s);
}
