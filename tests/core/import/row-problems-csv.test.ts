// The bad rows as a CSV file: quoted where needed, and a value that looks like a formula never runs.
import { describe, expect, it } from 'vitest';
import { rowProblemsCsv } from '../../../src/core/import/row-problems-csv';

describe('rowProblemsCsv', () => {
  it('writes one line per bad row, quoting commas and quotes, and defusing formulas', () => {
    expect(rowProblemsCsv([
      { row: 3, column: 'event_date', value: '31 April 2016', message: 'is not a date (2016-04-21, 21 April 2016)' },
      { row: 7, column: 'notes', value: '=HYPERLINK("x")', message: 'invented' },
    ])).toBe('row,column,value,problem\r\n3,event_date,31 April 2016,"is not a date (2016-04-21, 21 April 2016)"\r\n7,notes,"\'=HYPERLINK(""x"")",invented\r\n');
  });
});
