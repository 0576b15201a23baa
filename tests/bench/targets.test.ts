import { describe, expect, it } from 'vitest';
import { spreadOf } from '../../bench/repeats';
import { formatTargetTable, formatVerdict, judge, type Target } from '../../bench/targets';

const step: Target = { label: 'time step, p95', at: '100k', bound: 'at most', limit: 16, unit: 'ms' };
const gain: Target = { label: 'gain at p95', at: '100k', bound: 'at least', limit: 10, unit: '×' };
const heap: Target = { label: 'heap growth', at: '1k', bound: 'below', limit: 1, unit: 'MB' };

describe('a target\'s verdict', () => {
  it('is met when the median of the runs meets it, however bad one run was', () => {
    const v = judge(step, spreadOf([12, 13, 80]));
    expect(v.met).toBe(true);
    expect(v.by).toBe(3);
    expect(formatVerdict(v)).toBe('met');
  });

  it('is not met when the median misses, however good one run was, and says by how much', () => {
    const v = judge(step, spreadOf([9, 21, 22]));
    expect(v.met).toBe(false);
    expect(v.by).toBe(5);
    expect(formatVerdict(v)).toBe('not met (by 5.0 ms)');
  });

  it('takes "at most" as inclusive, "below" as strict and "at least" as a floor', () => {
    expect(judge(step, spreadOf([16])).met).toBe(true);
    expect(judge(heap, spreadOf([1])).met).toBe(false);
    expect(judge(heap, spreadOf([0.4])).met).toBe(true);
    expect(judge(gain, spreadOf([9.5])).met).toBe(false);
    expect(formatVerdict(judge(gain, spreadOf([7.9])))).toBe('not met (by 2.1×)');
    expect(judge(gain, spreadOf([10, 12, 4])).met).toBe(true);
  });

  it('is "not measured" without a measurement, never met by default', () => {
    const v = judge(step, null);
    expect(v.met).toBeNull();
    expect(formatVerdict(v)).toBe('not measured');
    expect(judge(step, spreadOf([])).met).toBeNull();
  });
});

describe('the targets table', () => {
  it('has a row per target with its limit, the median and spread of the runs, and the verdict', () => {
    const [header, ...rows] = formatTargetTable([judge(step, spreadOf([12, 13, 80])), judge(gain, spreadOf([7.9])), judge(heap, null)]);
    expect(header).toMatch(/^target\s+at\s+limit\s+median of runs \(min–max\)\s+verdict$/);
    expect(rows[0]).toMatch(/^time step, p95\s+100k\s+≤ 16 ms\s+13 ms \(12–80, 3 runs\)\s+met$/);
    expect(rows[1]).toMatch(/^gain at p95\s+100k\s+≥ 10\.0×\s+7\.9× \(1 run\)\s+not met \(by 2\.1×\)$/);
    expect(rows[2]).toMatch(/^heap growth\s+1k\s+< 1\.0 MB\s+–\s+not measured$/);
  });
});
