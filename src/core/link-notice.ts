// What the link reader reports about a value it ignored or changed, and that report in words: any
// language's words, with values cut short and quoted, and dates, counts and lists in that language.
import { formatList } from './format-list';
import type { LinkWords } from './link-words';
import { formatCount } from './locale';
import { LANGS, type Lang } from './names';
import { formatLocalDate } from './time-text';

/** The dataset's first and last moments, epoch ms. */
export interface DateRange {
  from: number;
  to: number;
}

/** A correction since a link's version to records the link names (titles as the data gives them). */
export interface VersionChange {
  version: string;
  why: string;
  records: { file: 'incidents' | 'story'; title: string }[];
}

/** A part of a link that was ignored or changed: which parameter, what was wrong, and the value. */
export type LinkProblem =
  | { param: 't'; code: 'badTime'; value: string }
  | { param: 'event'; code: 'unknownEvent'; value: string }
  | { param: 'map'; code: 'badMap'; value: string }
  | { param: 'layers'; code: 'unknownLayers'; value: string[] }
  /** sources= items naming no kind and no source of the dataset (the rest applies). */
  | { param: 'sources'; code: 'unknownSources'; value: string[] }
  | { param: 'embed'; code: 'badEmbed'; value: string }
  | { param: 'compare'; code: 'badCompare'; value: string }
  /** compare=1 in a link that shows no range. */
  | { param: 'compare'; code: 'compareNeedsRange'; value: string }
  | { param: 'lang'; code: 'badLang'; value: string }
  | { param: 'step'; code: 'unknownStep'; value: string }
  | { param: 'theme'; code: 'badTheme'; value: string }
  | { param: 'plain'; code: 'badPlain'; value: string }
  | { param: 'claims'; code: 'badClaims'; value: string }
  /** A whole day outside the dataset: `value` and `shown` are local midnights. */
  | { param: 't'; code: 'dayOutside'; value: number; shown: number; range: DateRange }
  | { param: 't'; code: 'momentOutside'; value: number; shown: 'first' | 'last'; range: DateRange }
  /** A range whose start or end (`part`) could not be read, or whose end comes before its start. */
  | { param: 't'; code: 'badRange'; value: string; part: 'start' | 'end' }
  | { param: 't'; code: 'rangeReversed'; value: string }
  /** A range partly (`clipped`: the part inside is shown) or wholly outside the dataset (ignored). */
  | { param: 't'; code: 'rangeOutside'; value: string; range: DateRange; clipped: boolean }
  /** v= that is not dotted numbers; one newer than the data's (or not comparable with it); an older one and what changed since. */
  | { param: 'v'; code: 'badVersion'; value: string }
  | { param: 'v'; code: 'newerVersion'; value: string; current: string }
  | { param: 'v'; code: 'olderVersion'; value: string; current: string; changes: VersionChange[] };

export interface NoticeFormat {
  lang: Lang;
  timeZone: string;
}

/** A notice names this many unknown layers and counts the rest, so a hostile link cannot flood it. */
const MAX_NAMED = 4;
const MAX_CHARS = 40;
/** An old link's notice names this many corrections and points to the changelog for the rest. */
const MAX_CHANGES = 3;

/** The data's own (English) words inside a sentence in any language, kept in their own direction. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** Cut by characters, not UTF-16 units, so an emoji is never split. */
function cut(s: string): string {
  const chars = Array.from(s);
  return chars.length > MAX_CHARS ? `${chars.slice(0, MAX_CHARS - 1).join('')}…` : s;
}

/** The notice the reader sees for a problem, in the language of `words`. */
export function linkNoticeText(p: LinkProblem, words: LinkWords, { lang, timeZone }: NoticeFormat): string {
  const q = (s: string) => words.quote(cut(s));
  const date = (ms: number) => formatLocalDate(ms, timeZone, lang);
  switch (p.code) {
    case 'badTime': return words.badTime(q(p.value));
    case 'unknownEvent': return words.unknownEvent(q(p.value));
    case 'badMap': return words.badMap(q(p.value));
    case 'badEmbed': return words.badEmbed(q(p.value));
    case 'badCompare': return words.badCompare(q(p.value));
    case 'compareNeedsRange': return words.compareNeedsRange;
    case 'badLang': return words.badLang(q(p.value), formatList(LANGS, lang, 'disjunction'));
    case 'unknownStep': return words.unknownStep(q(p.value));
    case 'badTheme': return words.badTheme(q(p.value));
    case 'badPlain': return words.badPlain(q(p.value));
    case 'badClaims': return words.badClaims(q(p.value));
    case 'unknownLayers':
    case 'unknownSources': {
      const named = p.value.length <= MAX_NAMED ? p.value : p.value.slice(0, MAX_NAMED);
      const rest = p.value.length - named.length;
      const items = named.map(q);
      if (rest > 0) items.push(words.moreLayers(formatCount(rest, lang), rest));
      return (p.code === 'unknownLayers' ? words.unknownLayers : words.unknownSources)(formatList(items, lang));
    }
    case 'dayOutside': return words.dayOutside(date(p.value), date(p.range.from), date(p.range.to), date(p.shown));
    case 'badRange': return (p.part === 'start' ? words.badRangeStart : words.badRangeEnd)(q(p.value));
    case 'rangeReversed': return words.rangeReversed(q(p.value));
    case 'rangeOutside': return (p.clipped ? words.rangeClipped : words.rangeOutside)(q(p.value), date(p.range.from), date(p.range.to));
    case 'badVersion': return words.badVersion(q(p.value));
    case 'newerVersion': return words.newerVersion(q(p.value), q(p.current));
    case 'olderVersion': {
      if (p.changes.length === 0) return words.correctedSince(q(p.value), q(p.current));
      const said = p.changes.slice(0, MAX_CHANGES).map((c) =>
        words.versionChange(formatList(c.records.map((r) => words.changedRecord(r.file, q(r.title))), lang), q(c.version), isolate(c.why)));
      const rest = p.changes.length - MAX_CHANGES;
      return words.olderVersion(q(p.value), q(p.current), said, rest > 0 ? words.moreChanges(formatCount(rest, lang), rest) : '');
    }
    case 'momentOutside': {
      const say = p.shown === 'first' ? words.firstMoment : words.lastMoment;
      return say(date(p.range.from), date(p.range.to));
    }
  }
}
