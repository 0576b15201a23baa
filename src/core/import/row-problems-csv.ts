// The bad rows of an import as a CSV file (row, column, value, problem), to fix them in a spreadsheet.
import type { RowProblem } from './row-problem';

/**
 * A cell as core/csv.ts's csvCell writes it (a would-be formula gets a leading apostrophe, so that a
 * value from the file never runs in a spreadsheet), kept apart so that Load data's chunk shares no
 * module with Export's: a shared one is a chunk of its own, named in the first load's code.
 */
function cell(value: string | number): string {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rowProblemsCsv(problems: readonly RowProblem[]): string {
  const lines = ['row,column,value,problem', ...problems.map((p) => [p.row, p.column, p.value, p.message].map(cell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
