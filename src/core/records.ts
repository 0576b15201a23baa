// Record-by-record validation: each record is accepted or rejected alone, with named problems.
import * as v from 'valibot';
import type { Problem } from './types';

const MAX_VALUE_CHARS = 80;

/** A short, printable form of a bad value for a problem report. */
export function showValue(value: unknown): string {
  let text: string;
  if (value === undefined) text = '(missing)';
  else if (typeof value === 'string') text = JSON.stringify(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      // A value nested thousands deep defeats JSON.stringify, and String() recurses just the same.
      text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : String(value);
    }
  }
  return shortened(text);
}

/** Text cut to a length a report can show (a hostile dataset may hold ids or values of any length). */
export function shortened(text: string): string {
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** The name a report uses for a record: its id when it has a usable one, else its position. */
export function recordName(item: unknown, index: number): string {
  if (item && typeof item === 'object' && 'id' in item) {
    const id = (item as { id: unknown }).id;
    // A blank id names nothing a reader could find.
    if (typeof id === 'string' && id.trim().length > 0) return id;
  }
  return `item ${index + 1}`;
}

/** Turns valibot's issues for one record into problems naming file, record, field and value. */
export function issuesToProblems(file: string, record: string | undefined, issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => {
    const field = fieldOf(issue);
    const p: Problem = { file, message: cleanMessage(issue) };
    if (record !== undefined) p.record = record;
    if (field) p.field = field;
    // The path's last item holds the value at that field (for an unknown key, input is the key's name).
    const last = issue.path?.[issue.path.length - 1];
    p.value = showValue(last && 'value' in last ? last.value : issue.input);
    return p;
  });
}

/** The dotted path to the field, with an empty key shown as "" (else the field would vanish from the report). */
function fieldOf(issue: v.BaseIssue<unknown>): string | undefined {
  const keys = issue.path?.map((item) => item.key);
  if (!keys || keys.length === 0 || !keys.every((k) => typeof k === 'string' || typeof k === 'number')) return undefined;
  return keys.map((k) => (k === '' ? '""' : String(k))).join('.');
}

function cleanMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') return 'is not a known field';
  if (issue.kind === 'schema' && issue.received === 'undefined') return `is required (expected ${issue.expected ?? 'a value'})`;
  return issue.message.replace(/^Invalid \w+: /, '');
}

export interface AcceptOptions<T> {
  /**
   * A fast check that passes only records the schema accepts unchanged: those are kept as they are,
   * and the schema checks (and names the problems of) the rest.
   */
  plain?: (item: unknown) => item is T;
}

/** Validates each element of a list on its own; returns the accepted ones and the problems. */
export function acceptEach<S extends v.GenericSchema>(
  file: string, items: readonly unknown[], schema: S, problems: Problem[], { plain }: AcceptOptions<v.InferOutput<S>> = {},
): v.InferOutput<S>[] {
  const accepted: v.InferOutput<S>[] = [];
  items.forEach((item, i) => {
    if (plain?.(item)) {
      accepted.push(item);
      return;
    }
    const result = v.safeParse(schema, item);
    if (result.success) accepted.push(result.output);
    else problems.push(...issuesToProblems(file, recordName(item, i), result.issues));
  });
  return accepted;
}

/** Drops records whose id was already seen, reporting each repeat. */
export function uniqueById<T extends { id: string }>(file: string, records: T[], problems: Problem[]): T[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    if (seen.has(r.id)) {
      problems.push({ file, record: r.id, field: 'id', value: showValue(r.id), message: 'repeats an id used earlier in this file' });
      return false;
    }
    seen.add(r.id);
    return true;
  });
}
