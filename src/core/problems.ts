// One line per problem, for the command line and logs.
import type { Problem } from './types';

/** "incidents.json › prison-capture › start = "2016-05-21…": is after the dataset's end". */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.record, p.field].filter(Boolean).join(' › ');
  const value = p.value === undefined ? '' : ` = ${p.value}`;
  return `${p.severity === 'warning' ? 'warning' : 'error'}: ${where}${value}: ${p.message}`;
}

/** True when any problem rejects a record (warnings only note what was fixed). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity !== 'warning');
}
