// Local times read through each hour's cached offset: the same parts as Intl gives for any instant
// (clock changes included, in zones whose offsets are not whole hours too), and a cache that stays
// bounded however many hours a scrub reads.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { runs } from '../helpers/properties';
import { computeLocalParts, HOUR, hourOffsets, localParts, offsetMinutes } from '../../src/core/time';

const TZ = 'Asia/Damascus';
const START = Date.parse('2016-04-20T00:00:00Z');
/** Zones with summer time, half- and quarter-hour offsets, a half-hour clock change (Lord Howe), a skipped day (Apia). */
const ZONES = ['Asia/Damascus', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham',
  'America/St_Johns', 'Africa/Casablanca', 'Pacific/Apia', 'Asia/Kolkata', 'UTC'];

/** The offset in minutes as Intl alone reads it. */
function intlOffset(ms: number, timeZone: string): number {
  const p = computeLocalParts(ms, timeZone);
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000) / 60_000);
}

describe('localParts through hourly offsets', () => {
  it('reads UTC without Intl (an import\'s dates are read in UTC), and as Intl reads it', () => {
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    const instants = [Date.parse('2016-04-20T23:59:59Z'), Date.parse('1896-02-29T12:00:00Z'), Date.parse('2100-12-31T00:30:00Z')];
    const ours = instants.map((ms) => [localParts(ms, 'UTC'), offsetMinutes(ms, 'Etc/UTC')]);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(ours).toEqual(instants.map((ms) => [computeLocalParts(ms, 'UTC'), intlOffset(ms, 'Etc/UTC')]));
  });

  it('gives the parts Intl gives, for any instant in any zone (property)', () => {
    fc.assert(fc.property(
      fc.constantFrom(...ZONES),
      fc.integer({ min: Date.parse('1890-01-01T00:00:00Z'), max: Date.parse('2060-01-01T00:00:00Z') }),
      (zone, ms) => {
        expect(localParts(ms, zone)).toEqual(computeLocalParts(ms, zone));
        expect(offsetMinutes(ms, zone)).toBe(intlOffset(ms, zone));
      },
    ), { numRuns: runs(3000) });
  });

  it('gives the parts Intl gives on both sides of a clock change, to the second', () => {
    // Damascus went back at 00:00 on 25 October 2019 (21:00 UTC); Lord Howe goes back half an hour
    // at 02:00 local on 7 April 2019 (15:00 UTC); New York went forward at 07:00 UTC on 10 March 2019.
    const changes: [string, string][] = [['Asia/Damascus', '2019-10-24T21:00:00Z'], ['Australia/Lord_Howe', '2019-04-06T15:00:00Z'],
      ['America/New_York', '2019-03-10T07:00:00Z'], ['Asia/Kathmandu', '1986-01-01T00:00:00Z']];
    for (const [zone, at] of changes) {
      for (let s = -3 * 3600; s <= 3 * 3600; s += 61) {
        const ms = Date.parse(at) + s * 1000;
        expect(localParts(ms, zone)).toEqual(computeLocalParts(ms, zone));
      }
    }
    // The same instant an hour apart: a clock change lies between.
    expect(offsetMinutes(Date.parse('2019-10-24T20:59:59Z'), 'Asia/Damascus')).toBe(180);
    expect(offsetMinutes(Date.parse('2019-10-24T21:00:00Z'), 'Asia/Damascus')).toBe(120);
  });

  it('reads a time of an hour whose offset changes within it, and seconds of a local mean time', () => {
    // Lord Howe's change falls at 15:00 UTC: the hour before it is whole, but Kathmandu's of 1986 (+5:30 to +5:45) at 18:30 UTC falls within one.
    const ms = Date.parse('1985-12-31T18:40:00Z');
    expect(localParts(ms, 'Asia/Kathmandu')).toEqual(computeLocalParts(ms, 'Asia/Kathmandu'));
    // Before 1920 Damascus kept its local mean time, +2:25:12: the seconds come through.
    expect(localParts(Date.parse('1900-06-01T12:00:00Z'), TZ).second).toBe(computeLocalParts(Date.parse('1900-06-01T12:00:00Z'), TZ).second);
    expect(localParts(START, TZ)).toEqual({ year: 2016, month: 4, day: 20, hour: 3, minute: 0, second: 0 });
  });

  it('holds at most 4,096 hours after a scrub over many more', () => {
    // Ten years of hourly steps: far more hours than the cache holds.
    for (let i = 0; i < 10 * 365 * 24; i++) localParts(START + i * HOUR, TZ);
    const held = hourOffsets.get(TZ)?.size ?? 0;
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThanOrEqual(4_096);
    // And an hour forgotten reads as it did.
    expect(localParts(START + 30 * 60_000 + 45_000, TZ)).toEqual({ year: 2016, month: 4, day: 20, hour: 3, minute: 30, second: 45 });
  });

  it('still throws for an instant no Date can hold, as Intl does', () => {
    expect(() => localParts(Number.NaN, TZ)).toThrow(RangeError);
    expect(() => localParts(9e15, TZ)).toThrow(RangeError);
  });
});
