// fast-check arbitraries for links: states that are valid by construction, links whose keys are
// right but whose values are broken, and query strings that are anything at all.
import fc from 'fast-check';
import { LAYER_IDS, isLayerId } from '../../src/core/layers';
import { LINK_KEYS, THEMES, type LinkContext, type LinkKey, type LinkState } from '../../src/core/link';
import { LANGS } from '../../src/core/names';
import { writeSourceFilter } from '../../src/core/source-filter-link';
import { SOURCE_KINDS } from '../../src/core/source-kinds';
import { toLocalLinkForm } from '../../src/core/time';
import { VERSION_PATTERN } from '../../src/core/version-order';
import { endOfLocalDay, rangeLinkForm, type TimeRange } from '../../src/core/time-range';

const TZ = 'Asia/Damascus';

/** Shaped like the built-in dataset's context, with ids that need escaping in a query string. */
export const fuzzContext: LinkContext = {
  timeZone: TZ,
  start: Date.parse('2016-04-20T00:00:00+03:00'),
  end: Date.parse('2016-04-25T00:00:00+03:00'),
  incidentIds: new Set(['truce', 'prison-capture', 'a&b=c', 'plus+sign', 'space here', 'قامشلو', '%41', 'comma,slash/colon:']),
  stepIds: new Set(['the-truce', 'the-prison', 'step#1', '?q', 'ü']),
};

/** Source ids for sources=; 'reference' is also a kind's name, which the kind: prefix tells apart. */
export const fuzzSourceIds: ReadonlySet<string> = new Set(['afp', 'comma,slash/colon:', 'fars', 'plus+sign', 'reference', 'قامشلو']);

const DAY_MS = 86_400_000;
const { start, end } = fuzzContext;

/** Escapes a value as URLSearchParams would (lone surrogates become U+FFFD instead of throwing). */
const encode = (value: string) => new URLSearchParams({ x: value }).toString().slice(2);

// ---- (a) valid states -------------------------------------------------------------------------

const anyMoment = fc.integer({ min: start, max: end }).map((ms) => ({ ms, wholeDay: false }));
const localMidnight = fc.integer({ min: 0, max: 4 }).map((d) => ({ ms: start + d * DAY_MS, wholeDay: true }));
const double = (min: number, max: number) => fc.double({ min, max, noNaN: true });
/** Ranges inside the dataset: between two moments, or from the start of one day to the end of another. */
export const validRange: fc.Arbitrary<TimeRange> = fc.oneof(
  fc.tuple(fc.integer({ min: start, max: end }), fc.integer({ min: start, max: end }))
    .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }))
    .map(([a, b]) => ({ start: start + Math.min(a, b) * DAY_MS, end: endOfLocalDay(start + Math.max(a, b) * DAY_MS, TZ) })),
);

export const validState: fc.Arbitrary<LinkState> = fc.record({
  time: fc.oneof(anyMoment, localMidnight),
  // When a state has both, the link says the range.
  range: validRange,
  event: fc.constantFrom(...fuzzContext.incidentIds),
  map: fc.record({ zoom: double(0, 22), lat: double(-90, 90), lon: double(-180, 180) }),
  layers: fc.subarray([...LAYER_IDS]),
  embed: fc.boolean(),
  compare: fc.boolean(),
  lang: fc.constantFrom(...LANGS),
  step: fc.constantFrom(...fuzzContext.stepIds),
  theme: fc.constantFrom(...THEMES),
  plain: fc.boolean(),
  claims: fc.boolean(),
  version: fc.constantFrom('1.0.0', '1.1.0', '1.2.0', '3'),
  sources: sourceFilter(),
}, { requiredKeys: [] }).map((s) => (s.compare && !s.range ? { ...s, compare: false } : s)); // compare needs a range

/** A filter that hides something, in its written form (source-filter-link.ts). */
function sourceFilter() {
  // Ids with a comma cannot be named in sources= (the comma separates items).
  const ids = [...fuzzSourceIds].filter((id) => !id.includes(','));
  return fc.record({ hiddenKinds: fc.subarray([...SOURCE_KINDS]), hiddenSources: fc.subarray(ids) })
    .filter((f) => f.hiddenKinds.length + f.hiddenSources.length > 0).map(writeSourceFilter);
}

/** A newsroom's own parameters, which a written link must keep (data= names the dataset: not theirs). */
export const foreignParams = fc.array(
  fc.tuple(fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !(LINK_KEYS as readonly string[]).includes(k) && k !== 'data'), fc.string({ maxLength: 8 })),
  { maxLength: 3 },
).map((pairs) => new URLSearchParams(pairs).toString());

// ---- (b) right keys, broken values ------------------------------------------------------------

/** Percent-encoding that does not decode to UTF-8: truncated, invalid, overlong or surrogate bytes. */
const percentGarbage = fc.constantFrom('%E0%A4%A', '%', '%%', '%G1', '%C0%AF', '%FF%FE', '%ED%A0%80', '%E2%82', '%u0041', '%0', '%00');
/** Garbage that decodes to something no valid value contains, whatever follows it. */
const garbagePrefix = fc.constantFrom('%C0%AF', '%FF%FE', '%ED%A0%80', '%00');

/** An escaped broken value, sometimes with raw percent garbage stuck to it (as a mangled copy-paste). */
const withGarbage = (values: fc.Arbitrary<string>) => fc.oneof(
  values.map(encode),
  fc.tuple(values, percentGarbage).map(([v, g]) => encode(v) + g),
  fc.tuple(garbagePrefix, values).map(([g, v]) => g + encode(v)),
);

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');
const hostileText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('', ' ', 'null', 'undefined', 'NaN', '[]', '{}', '<script>', 'x'.repeat(5000), '😀'.repeat(30)),
);

const outsideExtent = (ms: number) => ms < start || ms > end;
const MINUTE_MS = 60_000;
/** Days and minutes just outside the dataset, where an off-by-one would hide. */
const nearOutside = fc.oneof(
  fc.constantFrom('2016-04-19T23:59', '2016-04-25T00:01', '2016-04-19', '2016-04-25', '2016-04-19T20:59Z', '2016-04-24T21:01Z', '2016-04-25T00:00:01'),
  fc.integer({ min: 1, max: 400 }).map((d) => toLocalLinkForm(start - d * DAY_MS, TZ, true)),
  fc.integer({ min: 0, max: 400 }).map((d) => toLocalLinkForm(end + d * DAY_MS, TZ, true)),
  fc.integer({ min: 1, max: 600_000 }).map((m) => toLocalLinkForm(start - m * MINUTE_MS, TZ)),
  fc.integer({ min: 1, max: 600_000 }).map((m) => toLocalLinkForm(end + m * MINUTE_MS, TZ)),
);
const badTime = fc.oneof(
  nearOutside,
  // Parts out of range (2016-02-30T25:61 and friends), or real moments outside the dataset.
  fc.record({
    y: fc.integer({ min: 0, max: 9999 }), mo: fc.integer({ min: 0, max: 99 }), d: fc.integer({ min: 0, max: 99 }),
    h: fc.integer({ min: 0, max: 99 }), mi: fc.integer({ min: 0, max: 99 }),
  }).filter(({ y, mo, d, h, mi }) => !(y === 2016 && mo === 4 && d >= 20 && d <= 25 && h <= 23 && mi <= 59))
    .map(({ y, mo, d, h, mi }) => `${pad4(y)}-${pad2(mo)}-${pad2(d)}T${pad2(h)}:${pad2(mi)}`),
  fc.constantFrom('2016-02-30T25:61', '2016-02-30', '2016-04-31', '2016-13-01', '2016-04-21T24:00', '2016-04-21T14:30:60',
    '2016-04-21T14:30+99:99', '2016-04-21T14:30+0300', '21/04/2016', '2016-4-21', 'now', '', '2016-04-21T'),
  // Whole days from year 0000 to 9999 (clamped to the dataset's first or last day).
  fc.record({ y: fc.integer({ min: 0, max: 9999 }), mo: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .filter(({ y, mo }) => !(y === 2016 && mo === 4))
    .map(({ y, mo, d }) => `${pad4(y)}-${pad2(mo)}-${pad2(d)}`),
  fc.integer({ min: -62_000_000_000_000, max: 253_000_000_000_000 }).filter(outsideExtent).map((ms) => new Date(ms).toISOString()),
  hostileText,
);

/** Ends no reader can read, with no "/" of their own (an interval's other end is fine). */
const unreadableEnd = fc.constantFrom('2016-02-30', '2016-04-21T25:00', 'now', '', '2016-4-21', '2016-04-21T14:30+99:99', 'x', '٢٠١٦-٠٤-٢١');
const goodEnd = fc.oneof(anyMoment, localMidnight).map((t) => toLocalLinkForm(t.ms, TZ, t.wholeDay));
const badRange = fc.oneof(
  fc.tuple(unreadableEnd, goodEnd).map(([a, b]) => `${a}/${b}`),
  fc.tuple(goodEnd, unreadableEnd).map(([a, b]) => `${a}/${b}`),
  // Ends in the wrong order: the later is at least a minute after the earlier.
  fc.tuple(fc.integer({ min: start, max: end - MINUTE_MS }), fc.integer({ min: 1, max: 5000 }))
    .map(([a, m]) => `${toLocalLinkForm(a + m * MINUTE_MS, TZ)}/${toLocalLinkForm(a, TZ)}`),
  // Partly or wholly outside the dataset.
  fc.tuple(nearOutside, goodEnd).map(([a, b]) => `${a}/${b}`),
  fc.constantFrom('2015-01-01/2015-02-01', '2016-04-19/2016-04-19', '2016-04-25T00:01/2016-04-30', '2016-04-20/2016-04-25', '2016-04-19T23:59/2016-04-20T10:00',
    '2016-04-20/2016-04-21/2016-04-22', '/', '2016-04-20/', '/2016-04-20'),
);

const goodZoom = fc.integer({ min: 0, max: 22 }).map(String);
const goodLat = fc.integer({ min: -90, max: 90 }).map(String);
const goodLon = fc.integer({ min: -180, max: 180 }).map(String);
const notANumber = fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e309', '', ' ', '0x10', '1e3', '.5', '5.', '1.2.3', '+5', '١٥');
const badMap = fc.oneof(
  // One of the three parts wrong: not a number, or out of range (zoom 23+, |lat| > 90, |lon| > 180).
  fc.tuple(fc.oneof(notANumber, fc.integer({ min: 23, max: 99 }).map(String)), goodLat, goodLon),
  fc.tuple(goodZoom, fc.oneof(notANumber, fc.integer({ min: 91, max: 99 }).map(String), fc.constant('-200')), goodLon),
  fc.tuple(goodZoom, goodLat, fc.oneof(notANumber, fc.integer({ min: 181, max: 999 }).map(String), fc.constant('-999'))),
).map((parts) => parts.join('/'));
const badMapShape = fc.constantFrom('15/37', '15/37/41/2', '15//41', '15/37/41/', '/15/37/41', 'NaN/NaN/NaN', '15,37,41', '15 /37/41', '1e1/37/41');

/** At least one name (as the reader splits the list) that is not a layer. */
const hasUnknownLayer = (list: string) => list.split(',').some((n) => n.trim() !== '' && !isLayerId(n.trim()));
const badLayers = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...LAYER_IDS), fc.string({ maxLength: 12 }), fc.constantFrom('Control', 'tanks', ' mortar ', '')), { maxLength: 10 })
    .map((names) => names.join(',')),
  // Very many unknown names: the notice must stay short enough to read.
  fc.integer({ min: 50, max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => `layer${i}`).join(',')),
  hostileText,
).filter(hasUnknownLayer);

const knownSourceItems = new Set([...SOURCE_KINDS.map((k) => `-kind:${k}`), ...[...fuzzSourceIds].map((id) => `-${id}`)]);

const notIn = (known: Iterable<string>) => {
  const set = new Set(known);
  return hostileText.filter((s) => !set.has(s));
};

// sources= is read against the dataset's sources on demand (source-filter.test.ts): the link reader takes any text.
const brokenValue: Record<Exclude<LinkKey, 'sources'>, fc.Arbitrary<string>> = {
  t: withGarbage(fc.oneof(badTime, badRange)),
  event: withGarbage(notIn(fuzzContext.incidentIds)),
  map: withGarbage(fc.oneof(badMap, badMapShape, hostileText)),
  layers: withGarbage(badLayers),
  embed: withGarbage(notIn(['0', '1'])),
  compare: withGarbage(notIn(['0', '1'])),
  lang: withGarbage(notIn(LANGS)),
  step: withGarbage(notIn(fuzzContext.stepIds)),
  theme: withGarbage(notIn(['light', 'dark', 'auto'])),
  plain: withGarbage(notIn(['0', '1'])),
  claims: withGarbage(notIn(['0', '1'])),
  v: withGarbage(hostileText.filter((s) => !VERSION_PATTERN.test(s))),
};

const validValue: Record<LinkKey, fc.Arbitrary<string>> = {
  t: fc.oneof(goodEnd, validRange.map((r) => rangeLinkForm(r, TZ))),
  event: fc.constantFrom(...fuzzContext.incidentIds).map(encode),
  map: fc.tuple(goodZoom, goodLat, goodLon).map((parts) => parts.join('/')),
  layers: fc.subarray([...LAYER_IDS]).map((ids) => ids.join(',')),
  embed: fc.constantFrom('0', '1'),
  // compare=1 is valid only beside a range, which a link of random keys may lack.
  compare: fc.constant('0'),
  lang: fc.constantFrom(...LANGS),
  step: fc.constantFrom(...fuzzContext.stepIds).map(encode),
  theme: fc.constantFrom('light', 'dark', 'auto'),
  plain: fc.constantFrom('0', '1'),
  claims: fc.constantFrom('0', '1'),
  v: fc.constantFrom('1.0.0', '1.2.0', '2', '10.0.0.1'),
  sources: fc.subarray([...knownSourceItems].filter((item) => !item.slice(1).includes(','))).map((items) => items.map(encode).join(',')),
};

export interface BrokenLink {
  search: string;
  /** The keys whose first occurrence (the one the reader uses) carries a broken value. */
  broken: LinkKey[];
}

const linkPair = fc.constantFrom(...LINK_KEYS).chain((key): fc.Arbitrary<{ key: LinkKey; value: string; broken: boolean }> => key === 'sources'
  ? validValue[key].map((value) => ({ key, value, broken: false }))
  : fc.oneof(
    brokenValue[key].map((value) => ({ key, value, broken: true })),
    validValue[key].map((value) => ({ key, value, broken: false })),
  ));

/** Links with the map's own keys, some values broken, some keys repeated, foreign keys mixed in. */
export const brokenLink: fc.Arbitrary<BrokenLink> = fc.tuple(
  fc.array(linkPair, { minLength: 1, maxLength: 10 }),
  foreignParams,
).map(([pairs, foreign]) => {
  const first = new Map<LinkKey, boolean>();
  for (const p of pairs) if (!first.has(p.key)) first.set(p.key, p.broken);
  const ours = pairs.map((p) => `${p.key}=${p.value}`).join('&');
  return {
    search: `?${[ours, foreign].filter(Boolean).join('&')}`,
    broken: [...first].filter(([, broken]) => broken).map(([key]) => key),
  };
}).filter((link) => link.broken.length > 0);

// ---- (c) anything at all ----------------------------------------------------------------------

const anyKey = fc.oneof(fc.constantFrom(...LINK_KEYS), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 }));
const anyValue = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), percentGarbage);

/** Query strings of every shape: raw unicode, and key=value pairs with any keys and values. */
export const randomSearch: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.array(fc.tuple(anyKey, anyValue, fc.constantFrom('=', '', '==')), { maxLength: 12 })
    .map((pairs) => pairs.map(([k, v, eq]) => `${k}${eq}${v}`).join('&'))
    .chain((q) => fc.constantFrom(q, `?${q}`, `??${q}`, `&${q}&`)),
);
