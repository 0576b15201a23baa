// The words of link notices (a part of a link ignored or changed), and English's. English lives here,
// not in src/i18n, because core's readLink words its notices in English for tools and tests, and core
// may not import src/i18n; more-en.ts refers to these, more-ar.ts and more-ku.ts give their own.

export interface LinkWords {
  /** A value from the link as a notice shows it (already cut short). */
  quote: (value: string) => string;
  badTime: (value: string) => string;
  unknownEvent: (value: string) => string;
  badMap: (value: string) => string;
  /** `list` names the layers: "“tanks”, “boats” and 3 more". */
  unknownLayers: (list: string) => string;
  /** The end of a long list of unknown layers: "3 more". */
  moreLayers: (n: string, count: number) => string;
  badEmbed: (value: string) => string;
  badCompare: (value: string) => string;
  /** compare=1 without a range: one map is shown. */
  compareNeedsRange: string;
  /** `choices`: the languages there are, "en, ar or ku". */
  badLang: (value: string, choices: string) => string;
  unknownStep: (value: string) => string;
  /** theme= other than light, dark or auto: the light colours are shown. */
  badTheme: (value: string) => string;
  badPlain: (value: string) => string;
  /** A day outside the map's dates, and the day shown instead. */
  dayOutside: (day: string, from: string, to: string, shown: string) => string;
  /** A moment outside the map's dates: the first (or last) moment is shown instead. */
  firstMoment: (from: string, to: string) => string;
  lastMoment: (from: string, to: string) => string;
  /** A range ("start/end") whose start, or end, could not be read: it is ignored. */
  badRangeStart: (value: string) => string;
  badRangeEnd: (value: string) => string;
  /** A range whose end comes before its start: it is ignored. */
  rangeReversed: (value: string) => string;
  /** A range wholly outside the map's dates (ignored), or partly (the part inside is shown). */
  rangeOutside: (value: string, from: string, to: string) => string;
  rangeClipped: (value: string, from: string, to: string) => string;
  badClaims: (value: string) => string;
  /** v= that is not dotted numbers (1.2.0): it is ignored. */
  badVersion: (value: string) => string;
  /** v= newer than the data's version (`current`), or not comparable with it. */
  newerVersion: (value: string, current: string) => string;
  /** An older v=: the data was corrected since, but nothing the link names. */
  correctedSince: (value: string, current: string) => string;
  /** An older v= and the corrections since to what the link names: `changes` from versionChange, `more` from moreChanges or ''. */
  olderVersion: (value: string, current: string, changes: string[], more: string) => string;
  /** One correction: the records it touched (a list of changedRecord), its version, and why it was made (the data's words). */
  versionChange: (records: string, version: string, why: string) => string;
  changedRecord: (file: 'incidents' | 'story', title: string) => string;
  /** The corrections a notice leaves out, and where to read them. */
  moreChanges: (n: string, count: number) => string;
  /** sources= names kinds or sources this map does not have: "“-kind:blogs” and “-x”"; the rest applies. */
  unknownSources: (list: string) => string;
}

export const LINK_WORDS_EN: LinkWords = {
  quote: (value) => `“${value}”`,
  badTime: (value) => `The time ${value} in the link could not be read, so it was ignored.`,
  unknownEvent: (value) => `The link names an incident ${value} that this map does not have, so it was ignored.`,
  badMap: (value) => `The map view ${value} in the link could not be read (expected zoom/latitude/longitude), so it was ignored.`,
  unknownLayers: (list) => `The link names layers this map does not have (${list}); they were ignored.`,
  moreLayers: (n) => `${n} more`,
  badEmbed: (value) => `The embed setting ${value} could not be read (expected 1 or 0), so it was ignored.`,
  badCompare: (value) => `The compare setting ${value} could not be read (expected 1 or 0), so it was ignored.`,
  compareNeedsRange: 'The link asks to compare two maps but shows no time range (t=start/end), so one map is shown.',
  badLang: (value, choices) => `The language ${value} is not available (${choices}), so English is shown.`,
  unknownStep: (value) => `The link names a story step ${value} that this map does not have, so it was ignored.`,
  badTheme: (value) => `The theme ${value} could not be read (expected light, dark or auto), so the light colours are shown.`,
  badPlain: (value) => `The plain setting ${value} could not be read (expected 1 or 0), so it was ignored.`,
  dayOutside: (day, from, to, shown) => `${day} is outside this map's dates (${from} to ${to}); ${shown} is shown instead.`,
  firstMoment: (from, to) => `The time in the link is outside this map's dates (${from} to ${to}); the first moment is shown instead.`,
  lastMoment: (from, to) => `The time in the link is outside this map's dates (${from} to ${to}); the last moment is shown instead.`,
  badRangeStart: (value) => `The start of the time range ${value} in the link could not be read, so the range was ignored.`,
  badRangeEnd: (value) => `The end of the time range ${value} in the link could not be read, so the range was ignored.`,
  rangeReversed: (value) => `The time range ${value} in the link ends before it starts, so it was ignored.`,
  rangeOutside: (value, from, to) => `The time range ${value} in the link is outside this map's dates (${from} to ${to}), so it was ignored.`,
  rangeClipped: (value, from, to) => `The time range ${value} in the link runs outside this map's dates (${from} to ${to}); the part inside them is shown.`,
  badClaims: (value) => `The claims setting ${value} could not be read (expected 1 or 0), so it was ignored.`,
  badVersion: (value) => `The data version ${value} in the link could not be read (expected numbers such as 1.2.0), so it was ignored.`,
  newerVersion: (value, current) => `The link was made with version ${value} of the data, which this map does not have; it shows version ${current}.`,
  correctedSince: (value, current) => `The link was made with version ${value} of the data; this map shows version ${current}, corrected since, though not in what the link shows (About the data and sources lists every correction).`,
  olderVersion: (value, current, changes, more) => `The link was made with version ${value} of the data; this map shows version ${current}, in which what the link shows was corrected. ${[...changes, more].filter(Boolean).join(' ')}`,
  versionChange: (records, version, why) => `${records[0]?.toUpperCase() ?? ''}${records.slice(1)} (version ${version}): ${why}`,
  changedRecord: (file, title) => (file === 'incidents' ? `the incident ${title}` : `the story step ${title}`),
  moreChanges: (n, count) => `${count === 1 ? 'One more correction is' : `${n} more corrections are`} listed in About the data and sources.`,
  unknownSources: (list) => `The link hides sources this map does not have (${list}); the rest of its source filter applies.`,
};
