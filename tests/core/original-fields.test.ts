// Imported incidents' original columns, written into a block as the rows are read and read back on the
// page when asked, are the fields keptColumns makes: keys in their order, every text as written (trimmed,
// empty ones left out); in JSON, a spread and a structured copy as before; a block that does not fit
// its records is refused, and a batch that leaves records out takes only their rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OriginalCells } from '../../src/core/import/original-cells';
import { keptColumns } from '../../src/core/import/read-fields';
import { attachOriginalFields, blockRows, pickRows, rowFields } from '../../src/core/original-fields';
import { packRecords, unpackRecords } from '../../src/core/packed-records';
import type { Incident } from '../../src/core/types';
import { runs } from '../helpers/properties';

/** As the worker sends a batch and the page takes it: packed with the block, copied as postMessage copies, unpacked, attached. */
function sentAndTaken(rows: Record<string, string>[], columns: readonly string[]): Incident[] {
  const cells = new OriginalCells(columns, 1);
  for (const row of rows) cells.keep(row);
  const incidents = rows.map((_, i) => ({ id: `X${i}`, original: { dataset: 'ACLED' } }));
  const message = structuredClone({ packed: packRecords(incidents), originals: cells.take() });
  const taken = unpackRecords<Incident>(message.packed);
  attachOriginalFields(taken, message.originals);
  return taken;
}

const expected = (rows: Record<string, string>[], columns: readonly string[]) =>
  rows.map((row, i) => ({ id: `X${i}`, original: { dataset: 'ACLED', fields: keptColumns(row, columns) } }));

const COLUMNS = ['event_type', 'actor1', 'admin1', 'notes'];

describe('original fields written apart and read back on the page', () => {
  it('are the fields keptColumns makes, for any rows: key order, texts of any letters, empty and untrimmed cells', () => {
    const columns = fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9_]{0,12}$/), { minLength: 1, maxLength: 8 });
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('', ' ', ' padded '));
    const rows = columns.chain((cs) => fc.tuple(fc.constant(cs), fc.array(fc.dictionary(fc.constantFrom(...cs), text), { maxLength: 40 })));
    fc.assert(fc.property(rows, ([cs, records]) => {
      const taken = sentAndTaken(records, cs);
      const want = expected(records, cs);
      expect(JSON.stringify(taken)).toBe(JSON.stringify(want));
      expect(taken.map((i) => Object.entries(i.original?.fields ?? {}))).toEqual(want.map((i) => Object.entries(i.original.fields)));
    }), { numRuns: runs(300) });
  });

  it('are read once, on first use, and then kept as a plain property; a spread and a structured copy hold them', () => {
    const [taken] = sentAndTaken([{ event_type: 'Protests', notes: 'On a made-up day, a made-up crowd.' }], COLUMNS);
    const original = taken?.original;
    expect(Object.getOwnPropertyDescriptor(original, 'fields')?.get).toBeTypeOf('function');
    const first = original?.fields;
    expect(first).toEqual({ event_type: 'Protests', notes: 'On a made-up day, a made-up crowd.' });
    expect(Object.getOwnPropertyDescriptor(original, 'fields')?.value).toBe(first);
    expect(original?.fields).toBe(first);
    expect(Object.keys(original ?? {})).toEqual(['dataset', 'fields']);

    const [other] = sentAndTaken([{ event_type: 'Riots' }], COLUMNS);
    expect({ ...other?.original }).toEqual({ dataset: 'ACLED', fields: { event_type: 'Riots' } });
    const [third] = sentAndTaken([{ event_type: 'Battles' }], COLUMNS);
    expect(structuredClone(third)).toEqual({ id: 'X0', original: { dataset: 'ACLED', fields: { event_type: 'Battles' } } });
  });

  it('can be replaced before they are read', () => {
    const [taken] = sentAndTaken([{ event_type: 'Protests' }], COLUMNS);
    if (!taken?.original) throw new Error('no original');
    taken.original.fields = { event_type: 'Riots' };
    expect(taken.original.fields).toEqual({ event_type: 'Riots' });
  });

  it('are written as each row\'s count, then its column and length pairs, beside one text', () => {
    const cells = new OriginalCells(COLUMNS, 1);
    cells.keep({ event_type: ' one ', notes: 'two' });
    cells.keep({});
    cells.keep({ admin1: 'three', actor1: '' });
    const block = cells.take();
    expect(block).toEqual({ columns: COLUMNS, text: 'onetwothree', cells: Int32Array.of(2, 0, 3, 3, 3, 0, 1, 2, 5) });
    // The next take starts afresh.
    cells.keep({ actor1: 'four' });
    expect(cells.take()).toEqual({ columns: COLUMNS, text: 'four', cells: Int32Array.of(1, 1, 4) });

    const rows = blockRows(block, 3);
    expect([0, 1, 2].map((r) => rowFields(rows, r))).toEqual([{ event_type: 'one', notes: 'two' }, {}, { admin1: 'three' }]);
    const picked = pickRows(rows, [2, 0]);
    expect(picked).toEqual({ columns: COLUMNS, text: 'threeonetwo', cells: Int32Array.of(1, 2, 5, 2, 0, 3, 3, 3) });
  });

  it('refuse a block that does not fit the records it came with', () => {
    const cells = new OriginalCells(COLUMNS);
    cells.keep({ event_type: 'one' });
    cells.keep({ event_type: 'two' });
    const block = cells.take();
    const records = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `X${i}`, original: { dataset: 'ACLED' } })) as unknown as Incident[];
    expect(() => attachOriginalFields(records(1), block)).toThrow('the original fields sent do not match the 1 records sent with them');
    expect(() => attachOriginalFields(records(3), block)).toThrow('the original fields sent do not match the 3 records sent with them');
    expect(() => attachOriginalFields(records(2), { ...block, text: 'onetwo!' })).toThrow('do not match the 2 records');
  });
});
