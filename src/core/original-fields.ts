// Imported incidents' original columns (`original.fields`: twenty-odd texts each) as a block: a batch's
// cells as one text with each cell's column and length. The loader's worker writes them so as it reads
// the rows (core/import/original-cells.ts) and sends the block beside the packed incidents; the page
// reads an incident's fields from it only when something asks (a popup, an export). Made as objects,
// packed (each text looked up to be sent once) and unpacked, they were half of the worker's packing
// and of the page's unpacking of 100,000 incidents, for columns the map never draws.
import type { Incident } from './types';

export interface OriginalFieldsBlock {
  /** The column names the cells name. */
  columns: string[];
  /** Every cell of the block's rows, one after another. */
  text: string;
  /** Per row: its number of cells n, then n pairs (index in `columns`, length in `text`). */
  cells: Int32Array;
}

/** Where each row's cells are in a block: its count's place in `cells`, and its first letter's in `text`. */
export interface BlockRows {
  block: OriginalFieldsBlock;
  cellAt: Int32Array;
  textAt: Int32Array;
}

/** Finds each row of a block, which must have exactly `rows` rows (it came with as many records). */
export function blockRows(block: OriginalFieldsBlock, rows: number): BlockRows {
  const cellAt = new Int32Array(rows);
  const textAt = new Int32Array(rows);
  const { cells } = block;
  const mismatch = () => new RangeError(`the original fields sent do not match the ${rows} records sent with them`);
  let at = 0;
  let from = 0;
  for (let r = 0; r < rows; r++) {
    if (at >= cells.length) throw mismatch();
    cellAt[r] = at;
    textAt[r] = from;
    const count = cells[at++] as number;
    for (let i = 0; i < count; i++, at += 2) from += cells[at + 1] as number;
  }
  if (at !== cells.length || from !== block.text.length) throw mismatch();
  return { block, cellAt, textAt };
}

/** A row's fields, in its cells' order. */
export function rowFields({ block, cellAt, textAt }: BlockRows, row: number): Record<string, string> {
  const fields: Record<string, string> = {};
  let at = cellAt[row] as number;
  let from = textAt[row] as number;
  const count = block.cells[at++] as number;
  for (let i = 0; i < count; i++, at += 2) {
    const length = block.cells[at + 1] as number;
    fields[block.columns[block.cells[at] as number] as string] = block.text.slice(from, from + length);
    from += length;
  }
  return fields;
}

/** The block of only the given rows, in that order (a batch that leaves some records out). */
export function pickRows(rows: BlockRows, picked: readonly number[]): OriginalFieldsBlock {
  const { block, cellAt, textAt } = rows;
  const cells: number[] = [];
  let text = '';
  for (const row of picked) {
    const at = cellAt[row] as number;
    const count = block.cells[at] as number;
    let length = 0;
    for (let i = 0; i < count; i++) length += block.cells[at + 2 + 2 * i] as number;
    cells.push(...block.cells.subarray(at, at + 1 + 2 * count));
    text += block.text.slice(textAt[row], (textAt[row] as number) + length);
  }
  return { columns: block.columns, text, cells: Int32Array.from(cells) };
}

/** Where an `original` finds its fields before they are read: its block's rows, and its row there. */
const ROWS = Symbol('original fields: the block');
const ROW = Symbol('original fields: the row');

type LazyOriginal = NonNullable<Incident['original']> & { [ROWS]: BlockRows; [ROW]: number };

/** Keeps fields as an `original`'s plain property, as if they had been there all along. */
function keepFields(original: object, fields: Record<string, string>): Record<string, string> {
  Object.defineProperty(original, 'fields', { value: fields, enumerable: true, writable: true, configurable: true });
  return fields;
}

/**
 * One accessor for every `original`, reading its fields on first use. One function for all: V8 keeps
 * objects given the same accessor in one shape, where a function each made each a hash table.
 */
const LAZY_FIELDS: PropertyDescriptor = {
  get(this: LazyOriginal) {
    return keepFields(this, rowFields(this[ROWS], this[ROW]));
  },
  set(this: LazyOriginal, fields: Record<string, string>) {
    keepFields(this, fields);
  },
  enumerable: true,
  configurable: true,
};

/** Out of sight of JSON, Object.keys, a spread and a structured copy. */
const hidden = (value: unknown): PropertyDescriptor => ({ value, enumerable: false, writable: false, configurable: true });

/**
 * Gives each record's `original` (sent without its fields) the fields of its row in the block, row r
 * for record r: read on first use, then kept as a plain property; in JSON, a spread and a structured
 * copy they are a property like any other.
 */
export function attachOriginalFields(incidents: readonly Incident[], block: OriginalFieldsBlock): void {
  const rows = hidden(blockRows(block, incidents.length));
  for (let r = 0; r < incidents.length; r++) {
    const original = (incidents[r] as Incident).original;
    if (!original) continue;
    Object.defineProperty(original, ROWS, rows);
    Object.defineProperty(original, ROW, hidden(r));
    Object.defineProperty(original, 'fields', LAZY_FIELDS);
  }
}
