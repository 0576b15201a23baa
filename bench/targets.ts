// Targets and their verdicts: a target is met only if the median of the runs meets it; the verdict
// says by how much it is met or missed, and the table shows the runs' spread beside it.
import type { Spread } from './repeats';

export interface Target {
  /** What is measured, as the table names it. */
  label: string;
  /** Where it is set: a synthetic size ('1k', '10k', '100k') or the built-in dataset. */
  at: string;
  /** 'at most' for times, 'below' for a limit the issue says stays under, 'at least' for gains. */
  bound: 'at most' | 'below' | 'at least';
  limit: number;
  unit: 'ms' | 's' | 'MB' | '×';
}

export interface Verdict {
  target: Target;
  /** null: not measured in this run (a quick run measures the smallest size only). */
  measured: Spread | null;
  met: boolean | null;
  /** How far the median is from the limit, in the target's unit: the margin if met, the shortfall if not. */
  by: number | null;
}

export function judge(target: Target, measured: Spread | null): Verdict {
  if (!measured || !Number.isFinite(measured.median)) return { target, measured: null, met: null, by: null };
  const m = measured.median;
  const met = target.bound === 'at most' ? m <= target.limit : target.bound === 'below' ? m < target.limit : m >= target.limit;
  return { target, measured, met, by: Math.abs(m - target.limit) };
}

const number = (x: number, unit: Target['unit']) => (unit === '×' || unit === 'MB' || Math.abs(x) < 10 ? x.toFixed(1) : x.toFixed(0));
const amount = (x: number, unit: Target['unit']) => (unit === '×' ? `${number(x, unit)}×` : `${number(x, unit)} ${unit}`);

export function formatLimit(t: Target): string {
  return `${{ 'at most': '≤', below: '<', 'at least': '≥' }[t.bound]} ${amount(t.limit, t.unit)}`;
}

export function formatMeasured(v: Verdict): string {
  const m = v.measured;
  if (!m) return '–';
  const runs = m.runs === 1 ? '1 run' : `${m.runs} runs`;
  return m.runs === 1 ? `${amount(m.median, v.target.unit)} (${runs})` : `${amount(m.median, v.target.unit)} (${number(m.min, v.target.unit)}–${number(m.max, v.target.unit)}, ${runs})`;
}

export function formatVerdict(v: Verdict): string {
  if (v.met === null || v.by === null) return 'not measured';
  return v.met ? 'met' : `not met (by ${amount(v.by, v.target.unit)})`;
}

/** The table as text lines: what, where, target, median (spread), verdict. */
export function formatTargetTable(verdicts: readonly Verdict[]): string[] {
  const rows = verdicts.map((v) => [v.target.label, v.target.at, formatLimit(v.target), formatMeasured(v), formatVerdict(v)]);
  const header = ['target', 'at', 'limit', 'median of runs (min–max)', 'verdict'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}
