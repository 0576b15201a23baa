// Fuzzing the link reader: 10,000 generated links in all.
//   3,000 valid links written from generated states (read → write → read is stable, no problems), ranges among them
//   4,000 links with the map's keys but broken values (broken intervals among them), repeated keys and percent-encoding garbage
//   3,000 query strings that are anything at all (raw unicode, any key=value pairs)
// Whatever the link, reading it never throws, each problem names its parameter in a readable
// notice, and the state it gives can be used as it is.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs, timeLimit } from '../helpers/properties';
import { LAYER_IDS, isLayerId } from '../../src/core/layers';
import { LINK_KEYS, THEMES, linkMinute, readLinkProblems, roundView, writeLink, type LinkProblem, type LinkState } from '../../src/core/link';
import { linkNoticeText } from '../../src/core/link-notice';
import { LANGS } from '../../src/core/names';
import { MORE_MESSAGES } from '../../src/i18n/more';
import { localParts, startOfLocalDay } from '../../src/core/time';
import { endOfLocalDay } from '../../src/core/time-range';
import { brokenLink, foreignParams, fuzzContext as ctx, randomSearch, validState } from '../helpers/arbitrary-link';

const VALID_RUNS = 3_000;
const BROKEN_RUNS = 4_000;
const RANDOM_RUNS = 3_000;
const TZ = ctx.timeZone;
const STATE_KEYS = ['time', 'range', 'event', 'map', 'layers', 'embed', 'compare', 'lang', 'step', 'theme', 'plain', 'data', 'claims', 'version', 'sources'];
const MAX_NOTICE_CHARS = 300;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Quote marks per language: the value between them is the link's, not the notice's own words. */
const QUOTED: Record<(typeof LANGS)[number], RegExp> = { en: /“[^]*”/, ar: /«[^]*»/, ku: /“[^]*”/ };

/** The notice names its parameter, and in every language its own words (the quoted value aside) read as a sentence. */
function expectReadable(p: LinkProblem, search: string): void {
  expect(LINK_KEYS).toContain(p.param);
  expect(new URLSearchParams(search).has(p.param)).toBe(true);
  for (const lang of LANGS) {
    const message = linkNoticeText(p, MORE_MESSAGES[lang].linkNotices, { lang, timeZone: TZ });
    expect(typeof message).toBe('string');
    expect(message.length).toBeGreaterThan(10);
    expect(message.length).toBeLessThanOrEqual(MAX_NOTICE_CHARS);
    expect(message).not.toMatch(LONE_SURROGATE);
    const ownWords = message.replace(QUOTED[lang], '“…”');
    expect(ownWords).not.toMatch(/undefined|NaN|Infinity|\[object|Invalid Date|null/);
    expect(ownWords).toMatch(/[.]$/);
  }
}

/** A state the app can apply as it is, and write back into a link that reads cleanly. */
function expectUsable(state: LinkState): void {
  for (const key of Object.keys(state)) expect(STATE_KEYS).toContain(key);
  if (state.time) {
    const { ms, wholeDay } = state.time;
    expect(Number.isFinite(ms)).toBe(true);
    if (wholeDay) {
      expect(ms).toBeGreaterThanOrEqual(startOfLocalDay(ctx.start, TZ));
      expect(ms).toBeLessThanOrEqual(startOfLocalDay(ctx.end - 1, TZ));
      expect(startOfLocalDay(ms, TZ)).toBe(ms);
    } else {
      expect(ms).toBeGreaterThanOrEqual(ctx.start);
      expect(ms).toBeLessThanOrEqual(ctx.end);
    }
  }
  if (state.range) {
    const { start, end } = state.range;
    expect(state.time).toBeUndefined();
    expect(Number.isFinite(start) && Number.isFinite(end)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(ctx.start);
    expect(end).toBeLessThanOrEqual(ctx.end);
    expect(start).toBeLessThanOrEqual(end);
  }
  if (state.map) {
    const { zoom, lat, lon } = state.map;
    for (const n of [zoom, lat, lon]) expect(Number.isFinite(n)).toBe(true);
    expect(zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 90 && Math.abs(lon) <= 180).toBe(true);
  }
  if (state.layers) expect(state.layers).toEqual(LAYER_IDS.filter((id) => state.layers?.includes(id)));
  if (state.layers) for (const id of state.layers) expect(isLayerId(id)).toBe(true);
  if (state.event !== undefined) expect(ctx.incidentIds.has(state.event)).toBe(true);
  if (state.step !== undefined) expect(ctx.stepIds.has(state.step)).toBe(true);
  if (state.lang !== undefined) expect(LANGS).toContain(state.lang);
  if (state.embed !== undefined) expect(typeof state.embed).toBe('boolean');
  if (state.compare !== undefined) expect(typeof state.compare).toBe('boolean');
  if (state.theme !== undefined) expect(THEMES).toContain(state.theme);
  if (state.plain !== undefined) expect(typeof state.plain).toBe('boolean');
  if (state.claims !== undefined) expect(typeof state.claims).toBe('boolean');
  if (state.compare === true) expect(state.range).toBeDefined();

  const written = writeLink(state, TZ);
  const again = readLinkProblems(written, ctx);
  expect(again.problems).toEqual([]);
  expect(writeLink(again.state, TZ)).toBe(written);
}

/** What a state becomes once written: times to the minute, views rounded, embed=0, plain=0 and theme=light left out. */
function asWritten(s: LinkState): LinkState {
  const out: LinkState = { ...s };
  if (s.time && !s.time.wholeDay) out.time = { ms: linkMinute(s.time.ms, TZ), wholeDay: false };
  // A range is written instead of a time, each end to the minute unless it is a day's bound.
  if (s.range) {
    delete out.time;
    const end = endOfLocalDay(s.range.end, TZ) === s.range.end ? s.range.end : linkMinute(s.range.end, TZ);
    out.range = { start: linkMinute(s.range.start, TZ), end };
  }
  if (s.map) {
    const v = roundView(s.map);
    out.map = { zoom: v.zoom + 0, lat: v.lat + 0, lon: v.lon + 0 }; // + 0 turns -0 into 0, as the link does
  }
  if (!s.embed) delete out.embed;
  if (!s.compare) delete out.compare;
  if (!s.plain) delete out.plain;
  if (!s.claims) delete out.claims;
  if (s.theme === 'light') delete out.theme;
  return out;
}

// Normally 5–10 s (each problem is worded in three languages); the limit leaves room for a busy machine.
describe('link fuzzing', { timeout: timeLimit(30_000) }, () => {
  it(`reads ${VALID_RUNS} valid links back exactly, with no problems, and stays stable`, () => {
    fc.assert(fc.property(validState, foreignParams, (s, foreign) => {
      const written = writeLink(s, TZ, foreign);
      const first = readLinkProblems(written, ctx);
      expect(first.problems).toEqual([]);
      expect(first.state).toEqual(asWritten(s));
      const rewritten = writeLink(first.state, TZ, written);
      expect(rewritten).toBe(written);
      expect(readLinkProblems(rewritten, ctx)).toEqual(first);
      expect(localParts(first.state.time?.ms ?? ctx.start, TZ).second).toBe(0);
      expectUsable(first.state);
    }), { numRuns: runs(VALID_RUNS) });
  });

  it(`reports every broken value in ${BROKEN_RUNS} links, by parameter, and keeps a usable state`, () => {
    fc.assert(fc.property(brokenLink, ({ search, broken }) => {
      const { state, problems } = readLinkProblems(search, ctx);
      for (const p of problems) expectReadable(p, search);
      // The first value of each key is the one read: it is reported exactly when it is broken.
      expect(new Set(problems.map((p) => p.param))).toEqual(new Set(broken));
      expectUsable(state);
    }), { numRuns: runs(BROKEN_RUNS) });
  });

  it(`never throws on ${RANDOM_RUNS} random query strings, and keeps a usable state`, () => {
    fc.assert(fc.property(randomSearch, (search) => {
      const { state, problems } = readLinkProblems(search, ctx);
      for (const p of problems) expectReadable(p, search);
      expect(problems.length).toBeLessThanOrEqual(LINK_KEYS.length);
      expectUsable(state);
    }), { numRuns: runs(RANDOM_RUNS) });
  });
});
