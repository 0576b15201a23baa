// One row of an ACLED export as an event: its codebook's time and place precision read honestly, its
// types, actors, sources and fatalities kept as ACLED gives them. Facts: docs/research/acled-ucdp-codebooks.md §1.
import { INCIDENT_ID_PATTERN } from '../schema';
import { acledSide, acledType, ACLED_LAYERS, ACLED_SIDES } from './acled-vocabulary';
import type { Codebook } from './codebook';
import type { ImportedActor, ImportedEvent } from './imported-event';
import { readAcledDate } from './read-date';
import { cell, readCode, readCount, readDegrees, splitNames, type CsvRecord } from './read-fields';
import { rowBad, rowOk, type RowResult } from './row-problem';

/** ACLED's columns kept with each incident (`original`), beside those that became its own fields. */
const KEPT = [
  'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
  'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2',
  'admin3', 'location', 'geo_precision', 'source_scale', 'fatalities', 'tags', 'timestamp',
];

/**
 * time_precision: 1 the day; 2 the week (or a similar span) around event_date; 3 the month, whose
 * mid-point ACLED codes. acledR's table reads 3 as "middle of week": the wider reading, month, is taken.
 */
const TIME: Record<string, Pick<ImportedEvent, 'precision' | 'timeNote'>> = {
  1: { precision: 'day' },
  2: { precision: 'week', timeNote: 'ACLED time_precision 2: the source gives only the week (or a similar span of days) that holds this date.' },
  3: {
    precision: 'month',
    timeNote: 'ACLED time_precision 3: the source gives only the month; ACLED codes its mid-point. (One reading of the codebook says week; the wider one, month, is used.)',
  },
};

/**
 * geo_precision: 1 a particular town, 2 near a town or a small part of a region, 3 a larger region
 * (a provincial capital or a natural feature standing for it). The codebook gives no distances: 5 km
 * and 25 km are our reading; a larger region gets no circle, only its scope.
 */
const PLACE: Record<string, Pick<ImportedEvent, 'precisionM' | 'scope'>> = {
  1: { precisionM: 5_000 },
  2: { precisionM: 25_000 },
  3: { scope: 'region' },
};

/** The columns an ACLED file needs; every other is optional (older exports lack some). */
const REQUIRED = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'latitude', 'longitude', 'geo_precision'];

/** One ACLED row as an event, or its first problem. */
export function readAcledRow(record: CsvRecord): RowResult<ImportedEvent> {
  const id = cell(record, 'event_id_cnty');
  if (id === '') return rowBad('event_id_cnty', record.event_id_cnty ?? '', 'is empty: every event needs its id');
  if (!INCIDENT_ID_PATTERN.test(id)) return rowBad('event_id_cnty', record.event_id_cnty ?? '', 'is not an id of letters, digits, "-" and "_"');
  const date = readAcledDate(record.event_date ?? '');
  if (!date) return rowBad('event_date', record.event_date ?? '', 'is not a date ACLED writes (2016-04-21, 21 April 2016, 21-April-2016, 21 Apr 2016)');
  const time = readCode(record, 'time_precision', ['1', '2', '3'], 'ACLED time_precision');
  if (!time.ok) return time;
  const type = acledType(cell(record, 'event_type'), cell(record, 'sub_event_type'));
  if (!type) return rowBad('event_type', record.event_type ?? '', `is not one of ACLED's event types (${ACLED_LAYERS.map((l) => l.name).join(', ')})`);
  const lat = readDegrees(record, 'latitude', 90);
  if (!lat.ok) return lat;
  const lon = readDegrees(record, 'longitude', 180);
  if (!lon.ok) return lon;
  const place = readCode(record, 'geo_precision', ['1', '2', '3'], 'ACLED geo_precision');
  if (!place.ok) return place;
  const actors = readActors(record);
  if (!actors.ok) return actors;
  const fatalities = readCount(record, 'fatalities');
  if (!fatalities.ok) return fatalities;

  const placeName = cell(record, 'location');
  const areas = areasOf(record, placeName);
  const notes = cell(record, 'notes');
  const { precision, timeNote } = TIME[time.value]!;
  const { precisionM, scope } = PLACE[place.value]!;
  // Field by field rather than spread: one object per row, not five.
  const event: ImportedEvent = {
    id, type, start: date, precision, point: [lon.value, lat.value],
    title: placeName ? `${type.name}: ${placeName}` : type.name,
    summary: notes || `${type.name} (ACLED gives no notes).`,
    actors: actors.value,
    sources: splitNames(cell(record, 'source')),
    // The importer does not assess ACLED's events: medium says "not assessed here", not doubt.
    confidence: 'medium',
  };
  if (timeNote !== undefined) event.timeNote = timeNote;
  if (precisionM !== undefined) event.precisionM = precisionM;
  if (scope !== undefined) event.scope = scope;
  if (placeName) event.placeName = placeName;
  if (areas.length > 0) event.placeNote = areas.join(', ');
  if (fatalities.value !== undefined) event.fatalities = { count: fatalities.value };
  return rowOk(event);
}

const AREA_COLUMNS = ['admin3', 'admin2', 'admin1', 'country'];

/** The areas that hold the place, smallest first, each named once (and not when it is the place's own name). */
function areasOf(record: CsvRecord, placeName: string): string[] {
  const areas: string[] = [];
  for (const column of AREA_COLUMNS) {
    const area = cell(record, column);
    if (area !== '' && area !== placeName && !areas.includes(area)) areas.push(area);
  }
  return areas;
}

/** actor1 and actor2, each with the side of its inter code; an empty actor (inter2 0) is none. */
function readActors(record: CsvRecord): RowResult<ImportedActor[]> {
  const actors: ImportedActor[] = [];
  for (const [actorColumn, interColumn] of [['actor1', 'inter1'], ['actor2', 'inter2']] as const) {
    const name = cell(record, actorColumn);
    if (name === '') continue;
    // A file without inter columns (an older or trimmed export) says nothing of the actor's type.
    if (!(interColumn in record)) {
      actors.push({ name, side: 'actor_type_not_given' });
      continue;
    }
    const side = acledSide(cell(record, interColumn));
    if (side === undefined) return rowBad(interColumn, record[interColumn] ?? '', 'is not an ACLED actor type (1–8, or its name such as "State forces")');
    actors.push({ name, side });
  }
  return rowOk(actors);
}

export const ACLED: Codebook = {
  dataset: 'ACLED',
  idColumn: 'event_id_cnty',
  required: REQUIRED,
  layers: ACLED_LAYERS,
  sides: ACLED_SIDES,
  kept: KEPT,
  readRow: readAcledRow,
  about: 'Armed Conflict Location & Event Data (ACLED), https://acleddata.com: its data are subject to ACLED\'s terms of use.',
};
