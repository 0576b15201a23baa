// The state at a moment as an RFC 7946 FeatureCollection: one Feature per area, site and incident in
// force, with a foreign member `snapshot` naming the moment, the dataset, the filters and the generator.
// The same input gives byte-identical output (fixed order of features and keys), so snapshots diff.
import type { Feature, FeatureCollection } from 'geojson';
import { controlStateAt, type AreaState } from './control';
import { claimsInForce } from './control-claims';
import type { DatasetIndex } from './dataset-index';
import { incidentsShown } from './incidents';
import { layerIds, type LayerId } from './layers';
import { toLocalIso } from './time';
import { sourcesFilterEntry, type ExportLens, type SourceFilterMeta } from './source-filter-meta';
import { areaFeature, citer, datasetMeta, fileNameTime, incidentFeature, siteFeatureOf, type Cite, type DatasetMeta } from './export-features';
import type { Actor, Dataset, Site } from './types';

export const SNAPSHOT_FORMAT = 'conflict-map-snapshot/1';
/** Written into every file this project exports, by the app and the command line alike. */
export const GENERATOR = `qamishlo-control-map 0.1.0 (${SNAPSHOT_FORMAT})`;

export interface SnapshotOptions {
  /** The moment, epoch ms (for a whole day: its last moment). */
  time: number;
  /** The whole local day shown, [start, end) in epoch ms, or null for a moment. */
  day?: readonly [number, number] | null;
  /** Layers in force; what they hide is left out, and the file says so. Default: all. */
  layers?: readonly LayerId[];
  /** Who made the file, e.g. "qamishlo-control-map 0.1.0". */
  generator: string;
  /** Where data that is not the publisher's own came from (data-origin.ts originNote); absent for its own. */
  origin?: string | null;
  /** The source lens the dataset was filtered with (filterBySources), if any: the file says so. */
  sources?: ExportLens | null;
}

export interface SnapshotMeta {
  format: string;
  at: string;
  whole_day: string | null;
  dataset: DatasetMeta;
  filters: { layers: LayerId[]; incidents: string; sources?: SourceFilterMeta };
  generator: string;
}

export type Snapshot = FeatureCollection & { snapshot: SnapshotMeta };

/** Builds the snapshot at a moment. */
export function buildSnapshot(dataset: Dataset, index: DatasetIndex, opts: SnapshotOptions): Snapshot {
  const tz = dataset.manifest.timezone;
  const all = layerIds(index.vocabulary);
  const layers = all.filter((l) => (opts.layers ?? all).includes(l));
  const day = opts.day ?? null;
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const sites = new Map(dataset.sites.map((s) => [s.id, s]));
  const cite = citer(dataset.sources);

  const features: Feature[] = [];
  if (layers.includes('control')) {
    for (const state of controlStateAt(index.control, opts.time)) {
      const site = sites.get(state.site);
      if (site) features.push(areaStateFeature({ site, state, at: opts.time, actors, tz, cite }));
    }
  }
  if (layers.includes('sites')) {
    for (const site of dataset.sites) {
      if (!index.control.tracks.has(site.id)) features.push(siteFeature(site, cite));
    }
  }
  for (const incident of incidentsShown(index.incidents, opts.time, day)) {
    if (!layers.includes(index.vocabulary.typeById.get(incident.type)?.layer ?? '')) continue;
    const feature = incidentFeature(incident, sites, cite);
    if (feature) features.push(feature);
  }

  return {
    type: 'FeatureCollection',
    snapshot: {
      format: SNAPSHOT_FORMAT,
      at: toLocalIso(opts.time, tz),
      whole_day: day ? toLocalIso(day[0], tz).slice(0, 10) : null,
      dataset: datasetMeta(dataset, opts.origin),
      filters: {
        layers,
        incidents: day ? 'incidents that began on the whole day shown' : 'incidents that began in the 24 hours up to the moment, or were still in force',
        ...sourcesFilterEntry(opts.sources),
      },
      generator: opts.generator,
    },
    features,
  };
}

/** The file's text: two-space JSON with a final newline. */
export function snapshotText(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/** "qamishlo-2016-04_2016-04-21T1430" or "…_2016-04-21" for a whole day. */
export function snapshotFileStem(dataset: Dataset, time: number, wholeDay: boolean): string {
  return `${dataset.manifest.id}_${fileNameTime(time, dataset.manifest.timezone, wholeDay)}`;
}

interface AreaStateInput {
  site: Site;
  state: AreaState;
  /** The moment of the snapshot: which claims are in force. */
  at: number;
  actors: ReadonlyMap<string, Actor>;
  tz: string;
  cite: Cite;
}

function areaStateFeature({ site, state, at, actors, tz, cite }: AreaStateInput): Feature {
  const name = (id: string) => actors.get(id)?.name ?? id;
  return areaFeature(site, {
    controller: state.controller,
    controller_name: name(state.controller),
    controlled_since: state.since === null ? null : toLocalIso(state.since, tz),
    contested: state.contested,
    control_change: state.change?.id ?? null,
    control_confidence: state.confidence,
    control_sources: cite(state.change ? state.change.sources : site.properties.sources),
    // Beside the assessment above: each party's account in force at the moment, never merged into it.
    claims: claimsInForce(state, at).map((c) => ({
      claimant: c.claimant,
      claimant_name: name(c.claimant),
      controller: c.controller,
      controller_name: name(c.controller),
      status: c.status,
      claims_otherwise: c.controller !== state.controller,
      since: c.start === undefined ? null : toLocalIso(Date.parse(c.start), tz),
      note: c.note,
      sources: cite(c.sources),
    })),
  });
}

function siteFeature(site: Site, cite: Cite): Feature {
  const p = site.properties;
  return siteFeatureOf(site, 'site', { location_precision_m: p.location_precision_m ?? null, note: p.note ?? null, sources: cite(p.sources) });
}
