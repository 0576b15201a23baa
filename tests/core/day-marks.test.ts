// The timeline's day labels: every day where there is room, else days on the calendar's steps with
// months and years named, never closer than a label's width.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../helpers/properties';
import { dayMarks, dayMarkText, type DayMarksInput } from '../../src/core/day-marks';
import { DAY } from '../../src/core/time';

/** Every UTC midnight from `from` (a date) for `days` days, and the end of the last. */
function days(from: string, count: number): Pick<DayMarksInput, 'midnights' | 'end'> {
  const start = Date.parse(`${from}T00:00:00Z`);
  return { midnights: Array.from({ length: count }, (_, i) => start + i * DAY), end: start + count * DAY };
}

const LABELS = { minWidth: 30, nameWidth: 40, wideWidth: 70, timeZone: 'UTC' };
const texts = (input: DayMarksInput, lang: 'en' | 'ar' | 'ku' = 'en') => dayMarks(input).marks.map((m) => dayMarkText(m, 'UTC', lang));

describe('the timeline\'s day labels', () => {
  it('label every day with its weekday and date where a day is wide (five days on a wide track, as the built-in dataset)', () => {
    const input = { ...days('2016-04-20', 5), dayWidth: 176, ...LABELS };
    expect(texts(input)).toEqual(['Wed 20 Apr', 'Thu 21 Apr', 'Fri 22 Apr', 'Sat 23 Apr', 'Sun 24 Apr']);
    expect(dayMarks(input).room).toBe(176);
  });

  it('label every day by its number where days are narrower, the first of a month by its month and of January by its year', () => {
    expect(texts({ ...days('2020-12-30', 5), dayWidth: 40, ...LABELS })).toEqual(['30', '31', '2021', '2', '3']);
    expect(texts({ ...days('2021-03-30', 4), dayWidth: 40, ...LABELS })).toEqual(['30', '31', 'Apr', '2']);
  });

  it('label a year of days on the 1st and 16th of each month where a name has 13 days\' room, else each month', () => {
    // 365 days on 880 pixels: a name of 30 pixels needs 13 days' room; one of 40, 17 days'.
    const input = { ...days('2021-01-01', 365), dayWidth: 880 / 365, ...LABELS, nameWidth: 30 };
    expect(texts(input).slice(0, 7)).toEqual(['2021', '16', 'Feb', '16', 'Mar', '16', 'Apr']);
    expect(dayMarks(input).marks).toHaveLength(24);
    expect(texts({ ...input, nameWidth: 40 })).toEqual(['2021', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });

  it('label every day that has room for its number, however long the language\'s month names (five days on a phone)', () => {
    expect(texts({ ...days('2016-04-20', 5), dayWidth: 62, ...LABELS, nameWidth: 72 }, 'ar')).toEqual(['٢٠', '٢١', '٢٢', '٢٣', '٢٤']);
  });

  it('name months, not weekdays, where the labels are a month or more apart, however wide', () => {
    // 365 days on 880 pixels with room for Arabic's longest month name: every other month, 135 pixels apart.
    const input = { ...days('2021-01-01', 365), dayWidth: 880 / 365, ...LABELS, nameWidth: 72 };
    expect(texts(input)).toEqual(['2021', 'Mar', 'May', 'Jul', 'Sep', 'Nov']);
    // Days a week apart with room to spare keep their weekdays.
    expect(texts({ ...days('2021-01-01', 31), dayWidth: 12, ...LABELS, nameWidth: 72 }).slice(0, 2)).toEqual(['Fri 1 Jan', 'Fri 8 Jan']);
  });

  it('label many years by their Januaries alone, in round steps of years', () => {
    // 36.5 pixels a year: each January; 29.2: every other; 3.65: every tenth.
    expect(texts({ ...days('2015-06-01', 6 * 365), dayWidth: 0.1, ...LABELS, nameWidth: 30 })).toEqual(['2016', '2017', '2018', '2019', '2020', '2021']);
    expect(texts({ ...days('2015-06-01', 6 * 365), dayWidth: 0.08, ...LABELS, nameWidth: 30 })).toEqual(['2016', '2018', '2020']);
    expect(texts({ ...days('2001-01-01', 30 * 365), dayWidth: 0.01, ...LABELS, nameWidth: 30 })).toEqual(['2010', '2020', '2030']);
  });

  it('name months in Arabic and Kurmanji, with their own digits for numbers', () => {
    const input = { ...days('2021-01-30', 4), dayWidth: 40, ...LABELS };
    // Syria's Arabic names the months as the Levant does.
    expect(texts(input, 'ar')).toEqual(['٣٠', '٣١', 'شباط', '٢']);
    expect(texts(input, 'ku')).toEqual(['30', '31', 'sibat', '2']);
  });

  it('never put two labels closer than a label\'s width, and say how much room each has (any span, any width, property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 4_000 }), fc.double({ min: 0.005, max: 300, noNaN: true }),
      (offset, count, dayWidth) => {
        const from = new Date(Date.parse('1990-01-01T00:00:00Z') + offset * DAY).toISOString().slice(0, 10);
        const input = { ...days(from, count), dayWidth, ...LABELS };
        const { marks, room } = dayMarks(input);
        expect(room).toBeGreaterThanOrEqual(LABELS.minWidth - 1e-9);
        for (let i = 1; i < marks.length; i++) {
          const apart = ((marks[i]!.at - marks[i - 1]!.at) / DAY) * dayWidth;
          expect(apart).toBeGreaterThanOrEqual(room - 1e-6);
        }
        // Where every day has room, every day is labelled.
        if (dayWidth >= LABELS.minWidth) expect(marks).toHaveLength(count);
      },
    ), { numRuns: runs(300) });
  });
});
