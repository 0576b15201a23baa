// Parts every GeoJSON export shares, so that a site's names, a cited source and an incident read the
// same in the snapshot and in the changes: built here once, never copied.
import type { Feature, Geometry, Point } from 'geojson';
import { locationPoint } from './geo';
import { toLocalIso } from './time';
import type { Dataset, Incident, Site, Source } from './types';

/** A site's Feature in every export: its id, geometry, names and shape precision, then `properties`. */
export function siteFeatureOf(site: Site, featureType: 'area' | 'site', properties: Record<string, unknown>): Feature {
  return {
    type: 'Feature',
    id: site.id,
    geometry: site.geometry as Geometry,
    properties: {
      feature_type: featureType,
      id: site.id,
      ...siteNames(site),
      kind: site.properties.kind,
      geometry_precision: site.properties.geometry_precision,
      ...properties,
    },
  };
}

/** An area (a site whose control is tracked) in every export. */
export const areaFeature = (site: Site, properties: Record<string, unknown>): Feature => siteFeatureOf(site, 'area', properties);

/** Source ids to their full records (publisher, title, date, URL), unknown ids left out. */
export type Cite = (ids: readonly string[]) => Record<string, string>[];

export function citer(sources: readonly Source[]): Cite {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (ids) => ids.map((id) => byId.get(id)).filter((s): s is Source => s !== undefined).map(sourceRecord);
}

function sourceRecord(s: Source): Record<string, string> {
  const out: Record<string, string> = { id: s.id, publisher: s.publisher, title: s.title };
  if (s.date) out.date = s.date;
  if (s.url) out.url = s.url;
  return out;
}

/** `name`, then `name_ar` and `name_ku` where the site has them. */
export function siteNames(site: Site): Record<string, string> {
  const n = site.properties.name;
  const out: Record<string, string> = { name: n.en };
  if (n.ar) out.name_ar = n.ar;
  if (n.ku) out.name_ku = n.ku;
  return out;
}

/** An incident as a Point Feature with its record's fields and its sources in full; null when its site is unknown. */
export function incidentFeature(incident: Incident, sites: ReadonlyMap<string, Site>, cite: Cite): Feature<Point> | null {
  const position = locationPoint(incident.location, sites);
  if (!position) return null;
  const site = incident.location.site === undefined ? undefined : sites.get(incident.location.site);
  return {
    type: 'Feature',
    id: incident.id,
    geometry: { type: 'Point', coordinates: position },
    properties: {
      feature_type: 'incident',
      ...incident,
      location_precision_m: incident.location.precision_m ?? site?.properties.location_precision_m ?? null,
      sources: cite(incident.sources),
    },
  };
}

/** A time as export file names write it: "2016-04-21" for a whole day, "2016-04-21T1430" for a moment. */
export function fileNameTime(ms: number, timeZone: string, wholeDay: boolean): string {
  const iso = toLocalIso(ms, timeZone);
  return wholeDay ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/** The dataset an export was made from; `origin` only on data that is not the publisher's own. */
export interface DatasetMeta {
  id: string;
  version: string;
  title: string;
  origin?: string;
}

export function datasetMeta(dataset: Dataset, origin?: string | null): DatasetMeta {
  const meta: DatasetMeta = { id: dataset.manifest.id, version: dataset.manifest.version, title: dataset.manifest.title };
  if (origin) meta.origin = origin;
  return meta;
}
