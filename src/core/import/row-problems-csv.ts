// The bad rows of an import as a CSV file (row, column, value, problem), to fix them in a spreadsheet.
import { csvCell } from '../csv';
import type { RowProblem } from './row-problem';

export function rowProblemsCsv(problems: readonly RowProblem[]): string {
  const lines = ['row,column,value,problem', ...problems.map((p) => [p.row, p.column, p.value, p.message].map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
