import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../helpers/properties';
import { HOUR, fromLocalParts, localMidnights, offsetMinutes, parseMoment, toLocalIso, toLocalLinkForm, utcOffsetLabel } from '../../src/core/time';
import { describeTime, formatLocalDate } from '../../src/core/time-text';

const TZ = 'Asia/Damascus';

describe('time in Asia/Damascus', () => {
  it('is UTC+03:00 in April 2016 (summer time)', () => {
    const ms = Date.parse('2016-04-22T12:30:00Z');
    expect(offsetMinutes(ms, TZ)).toBe(180);
    expect(utcOffsetLabel(ms, TZ)).toBe('UTC+03:00');
  });

  it('reads the truce time 15:30 local as 12:30 GMT', () => {
    expect(parseMoment('2016-04-22T15:30', TZ)).toEqual({ ms: Date.parse('2016-04-22T12:30:00Z'), wholeDay: false });
  });

  it('reads a whole day as its local midnight', () => {
    expect(parseMoment('2016-04-21', TZ)).toEqual({ ms: Date.parse('2016-04-20T21:00:00Z'), wholeDay: true });
  });

  it('accepts an explicit offset or Z', () => {
    expect(parseMoment('2016-04-22T12:30Z', TZ)?.ms).toBe(Date.parse('2016-04-22T12:30:00Z'));
    expect(parseMoment('2016-04-22T14:30+02:00', TZ)?.ms).toBe(Date.parse('2016-04-22T12:30:00Z'));
  });

  it.each(['banana', '2016-13-01', '2016-02-30', '2016-04-21T25:00', '', '2016-4-1'])('rejects %j', (text) => {
    expect(parseMoment(text, TZ)).toBeNull();
  });

  it('reads a time shown twice as its first occurrence (clocks went back on 25 October 2019)', () => {
    expect(parseMoment('2019-10-24T23:00', TZ)?.ms).toBe(Date.parse('2019-10-24T20:00:00Z'));
    expect(toLocalLinkForm(Date.parse('2019-10-24T21:00:00Z'), TZ)).toBe('2019-10-24T23:00');
  });

  it('moves a skipped time forward by the gap (clocks went forward on 29 March 2019)', () => {
    expect(toLocalIso(parseMoment('2019-03-29T00:30', TZ)?.ms ?? 0, TZ)).toBe('2019-03-29T01:30:00+03:00');
  });

  it('writes local ISO with the offset', () => {
    expect(toLocalIso(Date.parse('2016-04-21T09:00:00Z'), TZ)).toBe('2016-04-21T12:00:00+03:00');
  });

  it('lists local midnights across the extent', () => {
    const start = Date.parse('2016-04-20T00:00:00+03:00');
    const end = Date.parse('2016-04-25T00:00:00+03:00');
    const days = localMidnights(start, end, TZ).map((ms) => toLocalLinkForm(ms, TZ, true));
    expect(days).toEqual(['2016-04-20', '2016-04-21', '2016-04-22', '2016-04-23', '2016-04-24', '2016-04-25']);
  });

  it('says how precise a time is', () => {
    const noon = Date.parse('2016-04-21T12:00:00+03:00');
    expect(describeTime(noon, undefined, { time_precision: 'hour' }, TZ)).toBe('21 April 2016, 12:00 (to the hour)');
    expect(describeTime(noon, undefined, { time_precision: 'part_of_day', part_of_day: 'afternoon' }, TZ)).toBe('21 April 2016, afternoon');
    expect(describeTime(noon, undefined, { time_precision: 'approximate' }, TZ)).toBe('21 April 2016, about 12:00');
    expect(describeTime(noon - 12 * HOUR, noon + 36 * HOUR, { time_precision: 'day' }, TZ))
      .toBe('between 21 April 2016 and 23 April 2016 (time of day unknown)');
  });

  it('round-trips any minute through the link form (property)', () => {
    const start = Date.parse('2010-01-01T00:00:00Z');
    fc.assert(fc.property(fc.integer({ min: 0, max: 20 * 365 * 24 * 60 }), (minutes) => {
      const ms = start + minutes * 60_000;
      const back = parseMoment(toLocalLinkForm(ms, TZ), TZ);
      // A wall-clock time repeated when clocks go back reads as its first occurrence.
      const repeated = offsetMinutes(ms - HOUR, TZ) !== offsetMinutes(ms, TZ);
      return back !== null && (back.ms === ms || repeated);
    }), { numRuns: runs(2000) });
  });

  it('finds the instant for local parts (property)', () => {
    fc.assert(fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), (d) => {
      const ms = Math.floor(d.getTime() / 60_000) * 60_000;
      const iso = toLocalIso(ms, TZ);
      return Date.parse(iso) === ms;
    }), { numRuns: runs(2000) });
    expect(fromLocalParts({ year: 2016, month: 4, day: 20, hour: 0, minute: 0 }, TZ)).toBe(Date.parse('2016-04-20T00:00:00+03:00'));
  });

  // Found by fuzzing links: Date.UTC reads the years 0–99 as 1900–1999, so "0016-04-21" became 1916.
  it('reads the years 1–99 as written, and rejects year 0000 (1 BC)', () => {
    expect(formatLocalDate(parseMoment('0016-04-21', TZ)?.ms ?? 0, TZ)).toBe('21 April 16');
    expect(formatLocalDate(parseMoment('0099-12-31T12:00', TZ)?.ms ?? 0, TZ)).toBe('31 December 99');
    expect(parseMoment('0004-02-29', TZ)).not.toBeNull(); // a leap year (1904 would be one too, 1900 not)
    expect(parseMoment('0100-02-29', TZ)).toBeNull();
    expect(parseMoment('0000-01-01', TZ)).toBeNull();
    expect(parseMoment('0000-01-01T00:00Z', TZ)).toBeNull();
  });
});
