// The words of the compare view (a range's start and end side by side) in every language, loaded
// with it (never on the first load).
import type { Lang } from '../core/names';

export interface CompareWords {
  /** The button (pressed while they are shown) that shows the range's start and end side by side. */
  compare: string;
  /** What it does, as its tooltip. */
  compareLong: string;
  /** "Start: 20 April 2016, 00:00", over the map of the range's start (and the end's likewise). */
  startAt: (time: string) => string;
  endAt: (time: string) => string;
  /** The switch between the two maps where there is room for one only, and its two choices. */
  switchLabel: string;
  start: string;
  end: string;
  /** The map regions, for screen readers. */
  startMap: (time: string) => string;
  endMap: (time: string) => string;
}

/** Keeps a time's digits and punctuation in place inside a sentence of the other direction. */
const isolate = (text: string) => `\u2068${text}\u2069`;

const en: CompareWords = {
  compare: 'Compare',
  compareLong: 'Compare the range’s start and end side by side',
  startAt: (time) => `Start: ${isolate(time)}`,
  endAt: (time) => `End: ${isolate(time)}`,
  switchLabel: 'Map shown',
  start: 'Start',
  end: 'End',
  startMap: (time) => `Map at the start of the range, ${isolate(time)}`,
  endMap: (time) => `Map at the end of the range, ${isolate(time)}`,
};

const ar: CompareWords = {
  compare: 'قارن',
  compareLong: 'قارن بداية الفترة ونهايتها جنبًا إلى جنب',
  startAt: (time) => `البداية: ${isolate(time)}`,
  endAt: (time) => `النهاية: ${isolate(time)}`,
  switchLabel: 'الخريطة المعروضة',
  start: 'البداية',
  end: 'النهاية',
  startMap: (time) => `الخريطة في بداية الفترة، ${isolate(time)}`,
  endMap: (time) => `الخريطة في نهاية الفترة، ${isolate(time)}`,
};

const ku: CompareWords = {
  compare: 'Berhev bike',
  compareLong: 'Destpêk û dawiya navberê li kêleka hev bide ber hev',
  startAt: (time) => `Destpêk: ${isolate(time)}`,
  endAt: (time) => `Dawî: ${isolate(time)}`,
  switchLabel: 'Nexşeya tê nîşandan',
  start: 'Destpêk',
  end: 'Dawî',
  startMap: (time) => `Nexşe li destpêka navberê, ${isolate(time)}`,
  endMap: (time) => `Nexşe li dawiya navberê, ${isolate(time)}`,
};

export const COMPARE_WORDS: Record<Lang, CompareWords> = { en, ar, ku };
