// What changed over a range as an RFC 7946 FeatureCollection ("Changes" in DESIGN.md): a foreign
// member `changes` naming the range, the dataset and the generator; one Feature per area with a change
// of control in the range, then one per incident of the range, built as the snapshot builds them.
// Deterministic like the snapshot: fixed order of features and keys, so two files diff line by line.
import type { Feature, FeatureCollection } from 'geojson';
import type { AreaChange } from './changes';
import { endOfLocalDay, type TimeRange } from './time-range';
import { sourcesFilterEntry, type ExportLens, type SourceFilterMeta } from './source-filter-meta';
import { areaFeature, citer, datasetMeta, fileNameTime, incidentFeature, type Cite, type DatasetMeta } from './export-features';
import type { RangeSummary } from './range-summary';
import { startOfLocalDay, toLocalIso } from './time';
import type { ControlChange, Dataset, Site } from './types';

export const CHANGES_FORMAT = 'conflict-map-changes/1';

export interface ChangesMeta {
  format: string;
  /** The range's first moment, local time with its offset. */
  from: string;
  /** Its last moment (to the second): both ends are inside the range. */
  to: string;
  dataset: DatasetMeta;
  filters: { areas: string; incidents: string; sources?: SourceFilterMeta };
  generator: string;
}

export type ChangesCollection = FeatureCollection & { changes: ChangesMeta };

/** Builds the Changes collection from a range's summary (summarizeRange). */
export function buildChanges(dataset: Dataset, summary: Pick<RangeSummary, 'range' | 'areas' | 'incidents'>, opts: { generator: string; origin?: string | null; sources?: ExportLens | null }): ChangesCollection {
  const tz = dataset.manifest.timezone;
  const cite = citer(dataset.sources);
  const sites = new Map(dataset.sites.map((s) => [s.id, s]));
  const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const features: Feature[] = [];
  for (const area of summary.areas) {
    const site = sites.get(area.site);
    if (site) features.push(areaChangeFeature(site, area, { tz, cite, actorName: (id) => actorName.get(id) ?? id }));
  }
  for (const incident of summary.incidents) {
    const feature = incidentFeature(incident, sites, cite);
    if (feature) features.push(feature);
  }
  return {
    type: 'FeatureCollection',
    changes: {
      format: CHANGES_FORMAT,
      from: toLocalIso(summary.range.start, tz),
      to: toLocalIso(summary.range.end, tz),
      dataset: datasetMeta(dataset, opts.origin),
      filters: {
        areas: 'areas with a change of control (of controller or of the contested state) from `from` to `to`, both included',
        incidents: 'incidents in force at some moment from `from` to `to`',
        ...sourcesFilterEntry(opts.sources),
      },
      generator: opts.generator,
    },
    features,
  };
}

/** The file's text: two-space JSON with a final newline, as the snapshot's. */
export function changesText(changes: ChangesCollection): string {
  return `${JSON.stringify(changes, null, 2)}\n`;
}

/** "qamishlo-2016-04_changes_2016-04-20_2016-04-23" for whole days, "…_2016-04-20T1100_2016-04-22T1530" for moments. */
export function changesFileStem(dataset: Dataset, range: TimeRange): string {
  const tz = dataset.manifest.timezone;
  const startsDay = startOfLocalDay(range.start, tz) === range.start;
  const endsDay = endOfLocalDay(range.end, tz) === range.end;
  return `${dataset.manifest.id}_changes_${fileNameTime(range.start, tz, startsDay)}_${fileNameTime(range.end, tz, endsDay)}`;
}

interface AreaContext {
  tz: string;
  cite: Cite;
  actorName: (id: string) => string;
}

function areaChangeFeature(site: Site, area: AreaChange, ctx: AreaContext): Feature {
  return areaFeature(site, {
    controller_before: area.before.controller,
    controller_after: area.after.controller,
    contested_before: area.before.contested,
    contested_after: area.after.contested,
    controller_before_name: ctx.actorName(area.before.controller),
    controller_after_name: ctx.actorName(area.after.controller),
    changed_hands: area.changedHands,
    changes: area.changes.map((c) => changeRecord(c, ctx)),
  });
}

function changeRecord(c: ControlChange, { tz, cite }: AreaContext): Record<string, unknown> {
  return {
    id: c.id,
    at: toLocalIso(Date.parse(c.at), tz),
    time_precision: c.time_precision,
    part_of_day: c.part_of_day ?? null,
    from: c.from,
    to: c.to,
    contested: c.contested,
    confidence: c.confidence,
    sources: cite(c.sources),
    time_note: c.time_note ?? null,
    note: c.note ?? null,
  };
}
