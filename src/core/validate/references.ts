// Checks shared by the record validators: ids that must name accepted records, times inside the extent.
import { showValue } from '../records';
import type { Problem } from '../types';
import type { Vocabulary } from '../vocabulary';

/** Where a check is made: the problems it finds name this file and record. */
export interface Where {
  file: string;
  record: string;
  problems: Problem[];
}

/** One reference from a record's field to another record. */
export interface Reference extends Where {
  field: string;
  /** The id the field gives. */
  id: string;
  /** Ids of the records that exist and were accepted. */
  ids: ReadonlySet<string>;
  /** What the ids name, for the message: "source", "site", … */
  what: string;
}

/** True when the reference names an accepted record; reports it otherwise. */
export function known(ref: Reference): boolean {
  if (ref.ids.has(ref.id)) return true;
  ref.problems.push({
    file: ref.file, record: ref.record, field: ref.field, value: showValue(ref.id),
    message: `names an unknown ${ref.what} (or one rejected for its own problems)`,
  });
  return false;
}

/** The dataset's extent in epoch milliseconds. */
export interface Extent {
  start: number;
  end: number;
}

/** One time field of a record. */
export interface Moment extends Where {
  field: string;
  /** The time as the record gives it. */
  iso: string;
  extent: Extent;
}

/** True when the time falls inside the dataset's extent; reports it otherwise. */
export function inExtent(m: Moment): boolean {
  const ms = Date.parse(m.iso);
  if (ms >= m.extent.start && ms <= m.extent.end) return true;
  const message = ms < m.extent.start
    ? 'is before the dataset\'s start (the manifest\'s extent.start)'
    : 'is after the dataset\'s end (the manifest\'s extent.end)';
  m.problems.push({ file: m.file, record: m.record, field: m.field, value: showValue(m.iso), message });
  return false;
}

/** Ids accepted so far, and where problems go: what each validator after the first needs. */
export interface Accepted {
  problems: Problem[];
  extent: Extent;
  sourceIds: ReadonlySet<string>;
  actorIds: ReadonlySet<string>;
  siteIds: ReadonlySet<string>;
  incidentIds: ReadonlySet<string>;
  /** The manifest's sides, incident types and layers. */
  vocabulary: Vocabulary;
}

/** One field that must give an id the manifest's vocabulary declares. */
export interface Term extends Where {
  field: string;
  id: string;
  /** The declared entries, and the manifest key that lists them ("sides", "incident_types"). */
  entries: ReadonlyMap<string, unknown>;
  key: string;
}

/** True when the field gives a declared id; reports it otherwise, with the ids that are declared. */
export function declared(t: Term): boolean {
  if (t.entries.has(t.id)) return true;
  const ids = [...t.entries.keys()];
  const shown = ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, …` : ids.join(', ');
  t.problems.push({
    file: t.file, record: t.record, field: t.field, value: showValue(t.id),
    message: `is not one of the manifest's ${t.key} (${shown})`,
  });
  return false;
}

/** True when every id of a list names an accepted record (fields `<field>.0`, `<field>.1`, …); reports the first that does not. */
export function allKnown(refs: Omit<Reference, 'id'> & { list: readonly string[] }): boolean {
  // The report's object only for an unknown id: made for every id, it cost seconds at 100,000 records.
  return refs.list.every((id, i) => refs.ids.has(id) || known({ ...refs, field: `${refs.field}.${i}`, id }));
}
