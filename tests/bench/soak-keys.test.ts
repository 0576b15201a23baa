import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../src/core/time';
import { SOAK_CYCLE, soakExcursion, soakKeys } from '../../bench/soak-keys';

describe('the soak\'s keys', () => {
  it('mix hourly and day steps, both ways', () => {
    expect(new Set(SOAK_CYCLE)).toEqual(new Set(['ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown']));
  });

  it('keep 10,000 steps within a week of the start (inside 90 days of data from a month in) and end where they began', () => {
    const keys = soakKeys(10_000);
    expect(keys).toHaveLength(10_000);
    const { min, max, end } = soakExcursion(keys);
    expect(min).toBe(0);
    expect(max).toBe(20 * HOUR + 5 * DAY);
    expect(end).toBe(0);
  });

  it('say where a cut-short run ends, so the soak can check that every key moved the time', () => {
    expect(soakExcursion(soakKeys(23)).end).toBe(20 * HOUR + 3 * DAY);
    expect(soakExcursion(soakKeys(60)).end).toBe(10 * HOUR);
  });

  it('refuse a key the slider does not step with', () => {
    expect(() => soakExcursion(['ArrowRight', 'Home'])).toThrow(/no step for the key "Home"/);
  });
});
