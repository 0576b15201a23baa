// keptColumns: a row's non-empty cells of the given columns, trimmed, in the columns' order, whichever
// of them a row leaves empty (the copy it makes from an object of the same keys must not show through).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keptColumns } from '../../../src/core/import/read-fields';

/** The definition, written plainly. */
function expected(record: Record<string, string>, columns: readonly string[]): [string, string][] {
  return columns.map((c): [string, string] => [c, (record[c] ?? '').trim()]).filter(([, text]) => text !== '');
}

const cellText = fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }).map((s) => ` ${s} `));

describe('keptColumns', () => {
  it.each([3, 26, 32, 40])('keeps the non-empty cells of %i columns, trimmed, in order', (n) => {
    const columns = Array.from({ length: n }, (_, i) => `col_${i}`);
    fc.assert(fc.property(fc.array(fc.array(cellText, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 8 }), (rows) => {
      for (const cells of rows) {
        const record = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
        const kept = keptColumns(record, columns);
        expect(Object.entries(kept)).toEqual(expected(record, columns));
      }
    }));
  });

  it('reads a column the row lacks as empty, and keeps nothing of an earlier row', () => {
    const columns = ['event_type', 'location', 'notes'];
    expect(keptColumns({ event_type: ' Battles ', location: 'Testville', notes: 'Invented.' }, columns)).toEqual({ event_type: 'Battles', location: 'Testville', notes: 'Invented.' });
    expect(keptColumns({ event_type: 'Riots' }, columns)).toEqual({ event_type: 'Riots' });
    expect(Object.keys(keptColumns({ notes: 'x', location: 'y' }, columns))).toEqual(['location', 'notes']);
  });
});
