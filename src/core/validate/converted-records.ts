// A fast check of the records an import built (core/import/dataset-builder.ts): our code made their
// shape, ids and references, so only what a file's row put into them is checked (its texts, its
// numbers, its dates against the extent), as the schema checks it. Valibot copied 100,000 incidents
// and 30,000 sites to say what the converter already knew, about a second of a 100k-row import.
// False means "let the full validation look": it then names every problem as it always did.
import { INCIDENT_ID_PATTERN, ISO_WITH_OFFSET } from '../schema';
import { memoized } from '../import/memoized';
import type { Incident, Site } from '../types';
import { isCount, isPosition, isText } from './plain-incident';
import type { Extent } from './references';

export interface ConvertedRecords {
  incidents: readonly Incident[];
  sites: readonly Site[];
  /** The dataset's extent in epoch milliseconds (the manifest's, as validated). */
  extent: Extent;
}

/** True only when every record passes what the schema asks of the parts a row gave it. */
export function convertedRecordsPass({ incidents, sites, extent }: ConvertedRecords): boolean {
  for (const site of sites) if (!isConvertedSite(site)) return false;
  const time = timesIn(extent);
  for (const incident of incidents) if (!isConvertedIncident(incident, time)) return false;
  return true;
}

/**
 * convertedRecordsPass's check of incidents, one at a time as an import makes them and before its
 * extent is known: their times need only be ones the schema accepts, since the importer makes the
 * extent from these same times (core/import/dataset-builder.ts).
 */
export function convertedIncidentCheck(): (incident: Incident) => boolean {
  const time = timesIn({ start: -Infinity, end: Infinity });
  return (incident) => isConvertedIncident(incident, time);
}

/** `test`, or absent (an optional field). */
const optional = (test: (x: unknown) => boolean) => (x: unknown): boolean => x === undefined || test(x);
const isOptionalText = optional(isText);
const isOptionalCount = optional(isCount);

function isConvertedSite(site: Site): boolean {
  return site.geometry.type === 'Point' && isPosition(site.geometry.coordinates) && isText(site.properties.name.en);
}

/**
 * A time's epoch milliseconds when it is one the schema accepts inside the extent, else NaN; each text
 * read once (an import's times are the midnights of a few hundred days).
 */
function timesIn({ start, end }: Extent): (iso: string) => number {
  return memoized((iso) => {
    const ms = Date.parse(iso);
    return ISO_WITH_OFFSET.test(iso) && ms >= start && ms <= end ? ms : NaN;
  });
}

// The original columns are not read again: keptColumns keeps only trimmed, non-empty cells.
function isConvertedIncident(r: Incident, time: (iso: string) => number): boolean {
  if (!INCIDENT_ID_PATTERN.test(r.id) || !isText(r.title) || !isText(r.summary) || !isOptionalText(r.time_note)) return false;
  const start = time(r.start);
  if (Number.isNaN(start) || (r.end !== undefined && !(time(r.end) >= start))) return false;
  const { point, note } = r.location;
  if ((point !== undefined && !isPosition(point)) || !isOptionalText(note)) return false;
  for (const c of r.casualties) if (!isCount(c.count) || !isOptionalCount(c.low) || !isOptionalCount(c.high)) return false;
  return true;
}
