// Times known only to the week, month or year are worded so, in each language, and never as a day.
import { describe, expect, it } from 'vitest';
import { claimParts } from '../../src/core/claims';
import { describeCoarseTime } from '../../src/core/coarse-time-text';
import { incidentWhen } from '../../src/core/incident-when';
import type { Incident } from '../../src/core/types';

const UTC = 'UTC';
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** An invented imported incident with the given time. */
function invented(time: Pick<Incident, 'start' | 'time_precision'> & { end?: string }): Incident {
  return {
    id: 'TST1', type: 'armed-clash', title: 'Invented', summary: 'Invented.', ...time,
    location: { point: [-20, 0.5] }, actors: [], casualties: [], confidence: 'medium', sources: ['s'],
  };
}

describe('describeCoarseTime', () => {
  it('words the week, the month and the year that hold the date, without its day', () => {
    expect(describeCoarseTime(at('2016-04-18'), undefined, 'week', UTC)).toBe('week of 18 April 2016');
    expect(describeCoarseTime(at('2016-04-15'), undefined, 'month', UTC)).toBe('April 2016');
    expect(describeCoarseTime(at('2016-04-15'), undefined, 'year', UTC)).toBe('2016');
  });

  it('words a range as the earliest and latest periods, one period when both ends fall in it', () => {
    expect(describeCoarseTime(at('2016-04-11'), at('2016-04-17'), 'week', UTC)).toBe('sometime between 11 April 2016 and 17 April 2016');
    expect(describeCoarseTime(at('2016-04-01'), at('2016-04-30'), 'month', UTC)).toBe('April 2016');
    expect(describeCoarseTime(at('2016-03-20'), at('2016-04-19'), 'month', UTC)).toBe('sometime between March 2016 and April 2016');
    expect(describeCoarseTime(at('2016-01-01'), at('2016-12-31'), 'year', UTC)).toBe('2016');
  });

  it('words them in Arabic and Kurmanji with their own digits and month names', () => {
    expect(describeCoarseTime(at('2016-04-15'), undefined, 'month', UTC, 'ar')).toBe('نيسان ٢٠١٦');
    expect(describeCoarseTime(at('2016-04-15'), undefined, 'year', UTC, 'ar')).toBe('٢٠١٦');
    expect(describeCoarseTime(at('2016-04-18'), undefined, 'week', UTC, 'ku')).toBe('hefteya 18 nîsan 2016');
    expect(describeCoarseTime(at('2016-03-20'), at('2016-04-19'), 'month', UTC, 'ku')).toBe('demekê di navbera adar 2016 û nîsan 2016 de');
  });
});

describe('incidentWhen', () => {
  it('never shows a day for a time known only to the month or the year', () => {
    const month = incidentWhen(invented({ start: '2016-04-15T00:00:00+00:00', time_precision: 'month' }), UTC);
    expect(month).toBe('April 2016');
    expect(month).not.toMatch(/15/);
    expect(incidentWhen(invented({ start: '2016-01-01T00:00:00+00:00', end: '2016-12-31T00:00:00+00:00', time_precision: 'year' }), UTC, 'ar')).toBe('٢٠١٦');
  });

  it('words the other precisions as before', () => {
    expect(incidentWhen(invented({ start: '2016-04-21T00:00:00+00:00', time_precision: 'day' }), UTC)).toBe('21 April 2016 (time of day unknown)');
  });
});

describe('a claim with the claimant\'s own range', () => {
  it('shows its best figure, then its low and high: "3 (2–5)"', () => {
    const parts = claimParts({ claimant: 'UCDP GED', source: 's', side: 'other', kind: 'killed', count: 3, low: 2, high: 5, qualifier: 'about' }, 'en');
    expect(parts.figure).toBe('3 (2–5)');
    expect(claimParts({ claimant: 'X', source: 's', side: 'other', kind: 'killed', count: 7, low: 8, high: 12, qualifier: 'about' }, 'ar').figure).toBe('٧ (٨–١٢)');
  });
});
