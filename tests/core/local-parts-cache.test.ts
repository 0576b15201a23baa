// The cache of local times stays bounded however many moments are read, keeps what is read again,
// and never changes an answer.
import { describe, expect, it } from 'vitest';
import { HOUR, localParts, PARTS_CACHE_SIZE, partsCached } from '../../src/core/time';

const TZ = 'Asia/Damascus';
const START = Date.parse('2016-04-20T00:00:00Z');

describe('localParts cache', () => {
  it('holds at most PARTS_CACHE_SIZE instants after a scrub over many more moments', () => {
    // Ten years of hourly steps: far more moments than the cache holds.
    for (let i = 0; i < 10 * 365 * 24; i++) localParts(START + i * HOUR, TZ);
    expect(partsCached()).toBe(PARTS_CACHE_SIZE);
  });

  it('keeps the instants read at every step while new ones come and go', () => {
    const label = START - 7 * HOUR;
    const first = localParts(label, TZ);
    for (let i = 0; i < 3 * PARTS_CACHE_SIZE; i++) {
      // A step: the label read again, and a moment never read before.
      expect(localParts(label, TZ)).toBe(first);
      localParts(START + 1e9 + i * HOUR, TZ);
    }
    expect(partsCached()).toBeLessThanOrEqual(PARTS_CACHE_SIZE);
  });

  it('gives the same parts for an instant forgotten and read again', () => {
    const ms = Date.parse('2016-04-22T12:30:45Z');
    const before = { ...localParts(ms, TZ) };
    for (let i = 0; i < 2 * PARTS_CACHE_SIZE; i++) localParts(START + 2e9 + i * HOUR, TZ);
    expect(localParts(ms, TZ)).toEqual(before);
    expect(before).toEqual({ year: 2016, month: 4, day: 22, hour: 15, minute: 30, second: 45 });
  });
});
