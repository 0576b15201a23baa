// One bad row of an imported CSV file, named well enough to find it in a spreadsheet and fix it.

export interface RowProblem {
  /** The row as a spreadsheet numbers it: the header is row 1, the first record row 2. */
  row: number;
  /** The column, as the file's header names it (lower-cased). */
  column: string;
  /** The value as the file gives it. */
  value: string;
  message: string;
}

/** A row's problem, or its good result. */
export type RowResult<T> = { ok: true; value: T } | { ok: false; problem: Omit<RowProblem, 'row'> };

export const rowOk = <T>(value: T): RowResult<T> => ({ ok: true, value });
export const rowBad = (column: string, value: string, message: string): RowResult<never> => ({ ok: false, problem: { column, value, message } });
