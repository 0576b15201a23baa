// A fast check for the common incident: one the schema accepts exactly as written (no field to trim,
// nothing unknown, fields in the schema's order, which valibot's copy has). Valibot copies every record it checks, which cost seconds at 100,000 incidents;
// a record this check passes is kept as it is, and any other goes to valibot, whose messages stay the
// only ones a reader sees. It must never pass a record the schema would reject or change. Types and
// sides are ids here, as in the schema: whether the dataset declares them is checked after, for both paths.
import {
  CasualtyClaim, CasualtyKind, Confidence, ID_PATTERN, Incident, INCIDENT_ID_PATTERN, IncidentTimePrecision, ISO_WITH_OFFSET, LocationFields,
  OriginalRecord, PartOfDay, PlaceScope,
} from '../schema';
import type { Incident as IncidentRecord } from '../types';

type Fields = Record<string, unknown>;

/** Each field's place in the schema. */
const places = (entries: object) => new Map(Object.keys(entries).map((key, i) => [key, i]));
const INCIDENT_KEYS = places(Incident.entries);
const LOCATION_KEYS = places(LocationFields.entries);
const CASUALTY_KEYS = places(CasualtyClaim.entries);
const ORIGINAL_KEYS = places(OriginalRecord.entries);
const TIME_PRECISIONS = new Set<unknown>(IncidentTimePrecision.options);
const SCOPES = new Set<unknown>(PlaceScope.options);
const PARTS_OF_DAY = new Set<unknown>(PartOfDay.options);
const CONFIDENCES = new Set<unknown>(Confidence.options);
const CASUALTY_KINDS = new Set<unknown>(CasualtyKind.options);
const QUALIFIERS = new Set<unknown>(CasualtyClaim.entries.qualifier.options);

/** True only when the schema accepts `x` as an incident and its output equals `x`. */
export function isPlainIncident(x: unknown): x is IncidentRecord {
  if (!isRecord(x, INCIDENT_KEYS)) return false;
  return typeof x.id === 'string' && INCIDENT_ID_PATTERN.test(x.id) && isId(x.type) && isText(x.title) && isText(x.summary)
    && isTime(x.start) && ('end' in x ? isTime(x.end) : true)
    && TIME_PRECISIONS.has(x.time_precision)
    && ('part_of_day' in x ? PARTS_OF_DAY.has(x.part_of_day) : true)
    && ('time_note' in x ? isText(x.time_note) : true)
    && isLocation(x.location) && ('origin' in x ? isLocation(x.origin) : true)
    && isListOf(x.actors, isId)
    && isListOf(x.casualties, isCasualty)
    && CONFIDENCES.has(x.confidence)
    && isListOf(x.sources, isId) && (x.sources as unknown[]).length > 0
    && ('original' in x ? isOriginal(x.original) : true);
}

/** A plain object whose keys are all known, in the schema's order, and whose values are all defined. */
function isRecord(x: unknown, keys: ReadonlyMap<string, number>): x is Fields {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  let last = -1;
  for (const key in x) {
    const place = keys.get(key);
    if (place === undefined || place <= last || (x as Fields)[key] === undefined) return false;
    last = place;
  }
  return true;
}

/** Every item, holes included (every() skips holes; the schema reads them as undefined). */
function isListOf(x: unknown, test: (item: unknown) => boolean): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!test(x[i])) return false;
  return true;
}

const isId = (x: unknown): boolean => typeof x === 'string' && ID_PATTERN.test(x);
// Text the schema would trim is not plain: valibot's copy would differ from it.
export const isText = (x: unknown): boolean => typeof x === 'string' && x.length > 0 && x.trim() === x;
const isTime = (x: unknown): boolean => typeof x === 'string' && ISO_WITH_OFFSET.test(x) && !Number.isNaN(Date.parse(x));
const isNumber = (x: unknown): x is number => typeof x === 'number' && !Number.isNaN(x);
export const isCount = (x: unknown): boolean => isNumber(x) && Number.isInteger(x) && x >= 0;

export function isPosition(x: unknown): boolean {
  if (!Array.isArray(x) || (x.length !== 2 && x.length !== 3)) return false;
  const [lon, lat, alt] = x as unknown[];
  return isNumber(lon) && lon >= -180 && lon <= 180 && isNumber(lat) && lat >= -90 && lat <= 90
    && (x.length === 2 || (isNumber(alt) && Number.isFinite(alt)));
}

function isLocation(x: unknown): boolean {
  if (!isRecord(x, LOCATION_KEYS) || (x.site === undefined && x.point === undefined)) return false;
  return ('site' in x ? isId(x.site) : true) && ('point' in x ? isPosition(x.point) : true)
    && ('precision_m' in x ? isNumber(x.precision_m) && x.precision_m >= 0 && x.precision_m <= 100_000 : true)
    && ('scope' in x ? SCOPES.has(x.scope) : true)
    && ('note' in x ? isText(x.note) : true);
}

function isCasualty(x: unknown): boolean {
  if (!isRecord(x, CASUALTY_KEYS)) return false;
  return isText(x.claimant) && isId(x.source) && isId(x.side) && ('group' in x ? isText(x.group) : true)
    && CASUALTY_KINDS.has(x.kind) && isCount(x.count) && ('count_max' in x ? isCount(x.count_max) : true)
    && ('low' in x ? isCount(x.low) : true) && ('high' in x ? isCount(x.high) : true)
    && QUALIFIERS.has(x.qualifier) && ('note' in x ? isText(x.note) : true);
}

/** An imported record's original columns: a column name (as the schema's) to its non-empty text. */
function isOriginal(x: unknown): boolean {
  if (!isRecord(x, ORIGINAL_KEYS) || !isText(x.dataset)) return false;
  const fields = x.fields;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return false;
  // Own keys only, as valibot's record reads them; the two it drops from its copy leave the record to it.
  return Object.keys(fields).every((key) => /^[a-z0-9][a-z0-9_]*$/.test(key) && key !== 'prototype' && key !== 'constructor'
    && isText((fields as Fields)[key]));
}
