// The dataset an import writes: a one-file bundle of our format (bundle.ts), no control areas.
import type { ActorRecord, ControlFile, Incident, Manifest, Site, Source } from '../types';

export interface ImportedBundle {
  format: 'conflict-map-bundle/1';
  manifest: Manifest;
  files: {
    sources: Source[];
    actors: ActorRecord[];
    sites: { type: 'FeatureCollection'; features: Site[] };
    control: ControlFile;
    incidents: Incident[];
  };
}

/** The file names the manifest gives (the command line writes the files under them). */
export const IMPORTED_FILES = {
  sources: 'sources.json', actors: 'actors.json', sites: 'sites.geojson', control: 'control.json', incidents: 'incidents.json',
} as const;
