// Reading a row's cells: text, numbers, counts and coordinates, each bad one a problem naming its column.
import { rowBad, rowOk, type RowResult } from './row-problem';

/** A row of a CSV file as column name (lower-case) → cell text. */
export type CsvRecord = Readonly<Record<string, string>>;

/** A cell, trimmed; "" for an empty cell or a column the file does not have. */
export const cell = (record: CsvRecord, column: string): string => (record[column] ?? '').trim();

/** A whole number ≥ 0, or undefined for an empty cell. */
export function readCount(record: CsvRecord, column: string): RowResult<number | undefined> {
  const text = cell(record, column);
  if (text === '') return rowOk(undefined);
  return /^\d{1,9}$/.test(text) ? rowOk(Number(text)) : rowBad(column, record[column] ?? '', 'is not a whole number of 0 or more');
}

const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A coordinate in decimal degrees within ±limit (90 for latitude, 180 for longitude). */
export function readDegrees(record: CsvRecord, column: string, limit: number): RowResult<number> {
  const raw = record[column] ?? '';
  const text = raw.trim();
  if (!DECIMAL.test(text)) return rowBad(column, raw, text === '' ? 'is empty: every event needs its coordinates' : 'is not a number in decimal degrees');
  const n = Number(text);
  return Math.abs(n) <= limit ? rowOk(n) : rowBad(column, raw, `is outside -${limit} to ${limit}`);
}

/** A code of a fixed list (a precision code, a type of violence), as its text. */
export function readCode<C extends string>(record: CsvRecord, column: string, codes: readonly C[], what: string): RowResult<C> {
  const raw = record[column] ?? '';
  const text = raw.trim();
  return (codes as readonly string[]).includes(text) ? rowOk(text as C) : rowBad(column, raw, `is not a known ${what} code (${codes.join(', ')})`);
}

/** Objects with the keys of one set of columns, by the set (a bit per column): keptColumns copies them. */
const shapes = new WeakMap<readonly string[], Map<number, Record<string, string>>>();
/** The texts of a row's columns, as keptColumns reads them (one list for all rows). */
const texts: string[] = [];

/**
 * The non-empty cells of the given columns, as written (trimmed). Copied from an object made once with
 * the same keys: an object given twenty-odd keys one by one becomes a hash table in V8, larger to keep
 * and slower to copy to the page, for each of 100,000 incidents.
 */
export function keptColumns(record: CsvRecord, columns: readonly string[]): Record<string, string> {
  // A bit per column in a 32-bit number; a longer list (no codebook keeps one) is copied entry by entry.
  if (columns.length > 32) return Object.fromEntries(columns.map((c) => [c, cell(record, c)]).filter(([, text]) => text !== ''));
  let set = 0;
  for (let i = 0; i < columns.length; i++) {
    const text = cell(record, columns[i] as string);
    texts[i] = text;
    if (text !== '') set |= 1 << i;
  }
  let byShape = shapes.get(columns);
  if (!byShape) shapes.set(columns, (byShape = new Map()));
  let shape = byShape.get(set);
  if (!shape) byShape.set(set, (shape = Object.fromEntries(columns.filter((_, i) => set & (1 << i)).map((c) => [c, '']))));
  const kept = { ...shape };
  for (let i = 0; i < columns.length; i++) if (set & (1 << i)) kept[columns[i] as string] = texts[i] as string;
  return kept;
}

/** Names in a cell separated by ";" (ACLED's sources and associated actors), trimmed, empty ones left out. */
export function splitNames(text: string): string[] {
  const names: string[] = [];
  if (text === '') return names;
  for (const part of text.split(';')) {
    const name = part.trim();
    if (name !== '') names.push(name);
  }
  return names;
}
