import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/core/locale';
import { fromLocalParts } from '../../src/core/time';
import { describeTime, formatLocalDate, formatLocalDateTime, formatShortDay } from '../../src/core/time-text';

const TZ = 'Asia/Damascus';
const noon21 = fromLocalParts({ year: 2016, month: 4, day: 21, hour: 12, minute: 0 }, TZ);

describe('dates and numbers in the reader\'s language', () => {
  it('keeps the English wording', () => {
    expect(formatLocalDate(noon21, TZ)).toBe('21 April 2016');
    expect(formatShortDay(noon21, TZ)).toBe('Thu 21 Apr');
    expect(formatCount(1139, 'en')).toBe('1,139');
  });

  it('writes Arabic with Levantine month names and Arabic-Indic digits', () => {
    expect(formatLocalDate(noon21, TZ, 'ar')).toBe('٢١ نيسان ٢٠١٦');
    expect(formatLocalDateTime(noon21, TZ, 'ar')).toBe('٢١ نيسان ٢٠١٦، ١٢:٠٠');
    expect(formatShortDay(noon21, TZ, 'ar')).toBe('الخميس ٢١ نيسان');
    expect(formatCount(1139, 'ar')).toBe('١٬١٣٩');
    expect(describeTime(noon21, undefined, { time_precision: 'hour' }, TZ, 'ar')).toBe('٢١ نيسان ٢٠١٦، ١٢:٠٠ (بدقة الساعة)');
  });

  it('writes Kurmanji from its own tables (browsers have no Kurdish locale data)', () => {
    expect(formatLocalDate(noon21, TZ, 'ku')).toBe('21 nîsan 2016');
    expect(formatShortDay(noon21, TZ, 'ku')).toBe('pşm 21 nîsan');
    expect(formatCount(1139, 'ku')).toBe('1.139');
    expect(describeTime(noon21, undefined, { time_precision: 'approximate' }, TZ, 'ku')).toBe('21 nîsan 2016, nêzîkî saet 12:00');
    expect(describeTime(noon21, undefined, { time_precision: 'part_of_day', part_of_day: 'evening' }, TZ, 'ku')).toBe('21 nîsan 2016, êvar');
  });
});
