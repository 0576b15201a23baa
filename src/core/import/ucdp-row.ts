// One row of a UCDP GED export as an event: date_start–date_end and date_prec as our time and its
// precision, where_prec as a place's uncertainty or scope, low–best–high as one claim with its range.
// Facts: docs/research/acled-ucdp-codebooks.md §2.
import { INCIDENT_ID_PATTERN } from '../schema';
import type { Codebook } from './codebook';
import type { ImportedActor, ImportedEvent } from './imported-event';
import { daysBetween, readUcdpDate } from './read-date';
import { cell, readCode, readCount, readDegrees, splitNames, type CsvRecord } from './read-fields';
import { rowBad, rowOk, type RowResult } from './row-problem';
import { UCDP_LAYERS, UCDP_SIDES, UCDP_TYPES } from './ucdp-vocabulary';

/** date_prec 1–5: the day; up to six days; the week; the month; the year, each between date_start and date_end. */
const TIME: Record<string, Pick<ImportedEvent, 'precision' | 'timeNote'>> = {
  1: { precision: 'day' },
  2: { precision: 'day', timeNote: 'UCDP date_prec 2: on some day between date_start and date_end (no more than six days).' },
  3: { precision: 'week', timeNote: 'UCDP date_prec 3: known to the week, between date_start and date_end.' },
  4: { precision: 'month', timeNote: 'UCDP date_prec 4: known to the month, between date_start and date_end.' },
  5: { precision: 'year', timeNote: 'UCDP date_prec 5: known to the year, between date_start and date_end.' },
};

/**
 * where_prec 1–7. The codebook gives no distances: 5 km for the place named and 25 km for "a limited
 * area around" it are our reading; from a district (ADM2) up, the point is the area's centroid, and the
 * record says what it stands for instead of drawing a circle of a size nobody knows.
 */
const PLACE: Record<string, Pick<ImportedEvent, 'precisionM' | 'scope'>> = {
  1: { precisionM: 5_000 },
  2: { precisionM: 25_000 },
  3: { scope: 'district' },
  4: { scope: 'province' },
  5: { scope: 'region' },
  6: { scope: 'country' },
  7: { scope: 'water' },
};

const KEPT = [
  'relid', 'year', 'type_of_violence', 'conflict_name', 'dyad_name', 'side_a', 'side_b', 'date_start', 'date_end', 'date_prec',
  'where_prec', 'where_coordinates', 'where_description', 'adm_1', 'adm_2', 'country', 'country_id', 'region', 'event_clarity',
  'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'low', 'high', 'number_of_sources', 'source_article',
  'source_office', 'source_date', 'source_headline', 'source_original',
];

const REQUIRED = ['id', 'date_start', 'date_end', 'date_prec', 'latitude', 'longitude', 'where_prec', 'type_of_violence'];

/** One UCDP GED row as an event, or its first problem. */
export function readUcdpRow(record: CsvRecord): RowResult<ImportedEvent> {
  const id = cell(record, 'id');
  if (id === '') return rowBad('id', record.id ?? '', 'is empty: every event needs its id');
  if (!INCIDENT_ID_PATTERN.test(id)) return rowBad('id', record.id ?? '', 'is not an id of letters, digits, "-" and "_"');
  const start = readUcdpDate(record.date_start ?? '');
  if (!start) return rowBad('date_start', record.date_start ?? '', 'is not a date like 2016-04-21 or 2016-04-21 00:00:00.000');
  const end = readUcdpDate(record.date_end ?? '');
  if (!end) return rowBad('date_end', record.date_end ?? '', 'is not a date like 2016-04-21 or 2016-04-21 00:00:00.000');
  if (daysBetween(start, end) < 0) return rowBad('date_end', record.date_end ?? '', 'is before date_start');
  const time = readCode(record, 'date_prec', ['1', '2', '3', '4', '5'], 'UCDP date_prec');
  if (!time.ok) return time;
  const violence = readCode(record, 'type_of_violence', ['1', '2', '3'], 'UCDP type_of_violence');
  if (!violence.ok) return violence;
  const lat = readDegrees(record, 'latitude', 90);
  if (!lat.ok) return lat;
  const lon = readDegrees(record, 'longitude', 180);
  if (!lon.ok) return lon;
  const place = readCode(record, 'where_prec', ['1', '2', '3', '4', '5', '6', '7'], 'UCDP where_prec');
  if (!place.ok) return place;
  const counts: Partial<Record<'best' | 'low' | 'high', number>> = {};
  for (const column of ['best', 'low', 'high'] as const) {
    const n = readCount(record, column);
    if (!n.ok) return n;
    if (n.value !== undefined) counts[column] = n.value;
  }

  const type = UCDP_TYPES[violence.value]!;
  const placeName = cell(record, 'where_coordinates');
  const areas = ['adm_2', 'adm_1', 'country'].map((c) => cell(record, c)).filter((a, i, all) => a !== '' && a !== placeName && all.indexOf(a) === i);
  const dyad = cell(record, 'dyad_name') || [cell(record, 'side_a'), cell(record, 'side_b')].filter(Boolean).join(' – ');
  const article = cell(record, 'source_article');
  const description = cell(record, 'where_description');
  return rowOk({
    id, type, start, ...(daysBetween(start, end) > 0 ? { end } : {}), ...TIME[time.value]!,
    point: [lon.value, lat.value], ...PLACE[place.value]!,
    title: placeName ? `${type.name}: ${placeName}` : type.name,
    summary: [dyad && `${dyad}.`, description && `Location: ${description}.`, article && `Sources as UCDP lists them: ${article}`]
      .filter(Boolean).join(' ') || `${type.name} (UCDP gives no description).`,
    ...(placeName ? { placeName } : {}),
    ...(areas.length > 0 ? { placeNote: areas.join(', ') } : {}),
    actors: ucdpActors(record, violence.value),
    sources: splitNames(cell(record, 'source_office')),
    ...(counts.best === undefined ? {} : {
      fatalities: { count: counts.best, ...(counts.low !== undefined && counts.high !== undefined ? { low: counts.low, high: counts.high } : {}) },
    }),
    // event_clarity 2: the reports did not let UCDP identify the event fully.
    confidence: cell(record, 'event_clarity') === '2' ? 'low' : 'medium',
  });
}

/**
 * side_a and side_b: a state where UCDP gives its Gleditsch–Ward number (gwnoa, gwnob) or, without
 * those columns, side A of state-based conflict; civilians as side B of one-sided violence; else non-state.
 */
function ucdpActors(record: CsvRecord, violence: string): ImportedActor[] {
  const actors: ImportedActor[] = [];
  for (const [column, gwno, isA] of [['side_a', 'gwnoa', true], ['side_b', 'gwnob', false]] as const) {
    const name = cell(record, column);
    if (name === '') continue;
    const state = gwno in record ? cell(record, gwno) !== '' : isA && violence === '1';
    actors.push({ name, side: state ? 'state' : !isA && violence === '3' ? 'civilians' : 'non_state' });
  }
  return actors;
}

export const UCDP: Codebook = {
  dataset: 'UCDP GED',
  idColumn: 'id',
  required: REQUIRED,
  layers: UCDP_LAYERS,
  sides: UCDP_SIDES,
  kept: KEPT,
  readRow: readUcdpRow,
  about: 'UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program, https://ucdp.uu.se.',
};
