// How a record's time and its precision are worded in each language ("about 11:00", "to the hour").
import type { Lang } from './names';
import type { PartOfDay } from './types';

export interface TimeWords {
  /** Between a date and a clock, or two parts of a phrase. */
  comma: string;
  toTheHour: string;
  about: (clock: string) => string;
  dayUnknown: string;
  between: (from: string, to: string) => string;
  partOfDay: Record<PartOfDay, string>;
  partOfDayUnknown: string;
}

export const TIME_WORDS: Record<Lang, TimeWords> = {
  en: {
    comma: ', ',
    toTheHour: '(to the hour)',
    about: (clock) => `about ${clock}`,
    dayUnknown: '(time of day unknown)',
    between: (from, to) => `between ${from} and ${to} (time of day unknown)`,
    partOfDay: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },
    partOfDayUnknown: 'time of day approximate',
  },
  ar: {
    comma: '، ',
    toTheHour: '(بدقة الساعة)',
    about: (clock) => `نحو الساعة ${clock}`,
    dayUnknown: '(الوقت من اليوم غير معروف)',
    between: (from, to) => `بين ${from} و${to} (الوقت من اليوم غير معروف)`,
    partOfDay: { morning: 'صباحاً', afternoon: 'بعد الظهر', evening: 'مساءً', night: 'ليلاً' },
    partOfDayUnknown: 'الوقت من اليوم تقريبي',
  },
  ku: {
    comma: ', ',
    toTheHour: '(bi rastbûna saetê)',
    about: (clock) => `nêzîkî saet ${clock}`,
    dayUnknown: '(dema rojê nayê zanîn)',
    between: (from, to) => `di navbera ${from} û ${to} de (dema rojê nayê zanîn)`,
    partOfDay: { morning: 'sibeh', afternoon: 'piştî nîvro', evening: 'êvar', night: 'şev' },
    partOfDayUnknown: 'dema rojê bi texmînî',
  },
};
