// Ranges in links (t=<start>/<end>, ISO 8601 intervals in the dataset's local time): pinned readings
// and writings, round trips, and the notices a broken interval gets, while the rest of the link applies.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../helpers/properties';
import { readLink, readLinkProblems, writeLink, type LinkContext, type LinkState } from '../../src/core/link';
import { linkNoticeText } from '../../src/core/link-notice';
import { MORE_MESSAGES } from '../../src/i18n/more';
import { linkContext, TZ } from '../helpers/link-context';

const ctx = linkContext({ steps: ['the-truce'] });
const at = (iso: string) => Date.parse(iso);

describe('pinned ranges: reading', () => {
  const cases: [string, LinkState][] = [
    ['?t=2016-04-20T11:00/2016-04-22T15:30', { range: { start: at('2016-04-20T11:00:00+03:00'), end: at('2016-04-22T15:30:00+03:00') } }],
    // A day as the start is its first moment, as the end its last.
    ['?t=2016-04-20/2016-04-22', { range: { start: at('2016-04-20T00:00:00+03:00'), end: at('2016-04-23T00:00:00+03:00') - 1 } }],
    ['?t=2016-04-21/2016-04-21', { range: { start: at('2016-04-21T00:00:00+03:00'), end: at('2016-04-22T00:00:00+03:00') - 1 } }],
    ['?t=2016-04-20T11:00/2016-04-22', { range: { start: at('2016-04-20T11:00:00+03:00'), end: at('2016-04-23T00:00:00+03:00') - 1 } }],
    ['?t=2016-04-20T08:00Z/2016-04-21T10:00%2B03:00', { range: { start: at('2016-04-20T11:00:00+03:00'), end: at('2016-04-21T10:00:00+03:00') } }],
    // "+03:00" typed into a link arrives as a space: on either end.
    ['?t=2016-04-20T11:00+03:00/2016-04-21T10:00+03:00', { range: { start: at('2016-04-20T11:00:00+03:00'), end: at('2016-04-21T10:00:00+03:00') } }],
    ['?t=2016-04-20T11:00+03:00/2016-04-21', { range: { start: at('2016-04-20T11:00:00+03:00'), end: at('2016-04-22T00:00:00+03:00') - 1 } }],
    ['?t=2016-04-20T11:00:00+03:00/2016-04-21T10:00:00+03:00', { range: { start: at('2016-04-20T11:00:00+03:00'), end: at('2016-04-21T10:00:00+03:00') } }],
    ['?t=2016-04-21T12:00/2016-04-21T12:00', { range: { start: at('2016-04-21T12:00:00+03:00'), end: at('2016-04-21T12:00:00+03:00') } }],
    ['?t=2016-04-20/2016-04-23&event=truce&lang=ar', { range: { start: at('2016-04-20T00:00:00+03:00'), end: at('2016-04-24T00:00:00+03:00') - 1 }, event: 'truce', lang: 'ar' }],
  ];
  it.each(cases)('%s', (search, state) => {
    expect(readLink(search, ctx)).toEqual({ state, notices: [] });
  });

  it('keeps a single day meaning that whole day, and a moment that moment', () => {
    expect(readLink('?t=2016-04-21', ctx).state).toEqual({ time: { ms: at('2016-04-21T00:00:00+03:00'), wholeDay: true } });
    expect(readLink('?t=2016-04-21T14:30+03:00', ctx).state).toEqual({ time: { ms: at('2016-04-21T14:30:00+03:00'), wholeDay: false } });
  });
});

describe('pinned ranges: writing', () => {
  it.each([
    [{ range: { start: at('2016-04-20T11:00:00+03:00'), end: at('2016-04-22T15:30:00+03:00') } }, '?t=2016-04-20T11:00/2016-04-22T15:30'],
    [{ range: { start: at('2016-04-20T00:00:00+03:00'), end: at('2016-04-23T00:00:00+03:00') - 1 } }, '?t=2016-04-20/2016-04-22'],
    [{ range: { start: at('2016-04-20T11:00:00+03:00'), end: at('2016-04-24T00:00:00+03:00') - 1 } }, '?t=2016-04-20T11:00/2016-04-23'],
    // An end at midnight is a moment (the first of the next day), not the day before's end.
    [{ range: { start: at('2016-04-20T00:00:00+03:00'), end: at('2016-04-22T00:00:00+03:00') } }, '?t=2016-04-20/2016-04-22T00:00'],
    // A range wins over a time, if a state had both.
    [{ time: { ms: at('2016-04-21T00:00:00+03:00'), wholeDay: true }, range: { start: at('2016-04-21T06:00:00+03:00'), end: at('2016-04-21T09:00:00+03:00') }, event: 'truce' },
      '?t=2016-04-21T06:00/2016-04-21T09:00&event=truce'],
  ] as [LinkState, string][])('%j → %s', (state, search) => {
    expect(writeLink(state, TZ)).toBe(search);
  });
});

describe('state → link → state for ranges (property)', () => {
  const MINUTE = 60_000;
  const minute = fc.integer({ min: 0, max: (ctx.end - ctx.start) / MINUTE }).map((m) => ctx.start + m * MINUTE);
  it('reads back exactly the range written, to the minute, with no notices', () => {
    fc.assert(fc.property(minute, minute, (a, b) => {
      const range = { start: Math.min(a, b), end: Math.max(a, b) };
      const search = writeLink({ range }, TZ);
      expect(readLink(search, ctx)).toEqual({ state: { range }, notices: [] });
      expect(writeLink(readLink(search, ctx).state, TZ)).toBe(search);
    }), { numRuns: runs(300) });
  });
});

describe('broken ranges', () => {
  const words = (search: string) => readLink(search, ctx).notices;

  it('names an unreadable start or end, ignores the range and applies the rest', () => {
    const start = readLink('?t=2016-04-32/2016-04-22&event=truce&lang=ku', ctx);
    expect(start.state).toEqual({ event: 'truce', lang: 'ku' });
    expect(start.notices).toEqual(['The start of the time range “2016-04-32/2016-04-22” in the link could not be read, so the range was ignored.']);
    expect(words('?t=2016-04-20/tomorrow')).toEqual(['The end of the time range “2016-04-20/tomorrow” in the link could not be read, so the range was ignored.']);
    expect(words('?t=2016-04-20/')).toHaveLength(1);
    expect(words('?t=2016-04-20/2016-04-21/2016-04-22')[0]).toMatch(/^The end of the time range/);
  });

  it('names a range that ends before it starts', () => {
    const r = readLink('?t=2016-04-22T10:00/2016-04-21&layers=control', ctx);
    expect(r.state).toEqual({ layers: ['control'] });
    expect(r.notices).toEqual(['The time range “2016-04-22T10:00/2016-04-21” in the link ends before it starts, so it was ignored.']);
  });

  it('shows the part of a range inside the data, and ignores one wholly outside', () => {
    const clipped = readLink('?t=2016-04-18/2016-04-21', ctx);
    expect(clipped.state).toEqual({ range: { start: ctx.start, end: at('2016-04-22T00:00:00+03:00') - 1 } });
    expect(clipped.notices).toEqual(['The time range “2016-04-18/2016-04-21” in the link runs outside this map\'s dates (20 April 2016 to 24 April 2016); the part inside them is shown.']);
    const outside = readLink('?t=2015-01-01/2015-02-01&event=truce', ctx);
    expect(outside.state).toEqual({ event: 'truce' });
    expect(outside.notices).toEqual(['The time range “2015-01-01/2015-02-01” in the link is outside this map\'s dates (20 April 2016 to 24 April 2016), so it was ignored.']);
  });

  it('words every kind of broken range in Arabic and Kurdish too, naming the interval', () => {
    for (const search of ['?t=x/2016-04-22', '?t=2016-04-20/x', '?t=2016-04-22/2016-04-21', '?t=2016-04-18/2016-04-21', '?t=2015-01-01/2015-02-01']) {
      const { problems } = readLinkProblems(search, ctx);
      expect(problems).toHaveLength(1);
      const value = new URLSearchParams(search).get('t') as string;
      for (const lang of ['ar', 'ku'] as const) {
        const text = linkNoticeText(problems[0]!, MORE_MESSAGES[lang].linkNotices, { lang, timeZone: TZ });
        expect(text).toContain(value);
        expect(text).not.toBe(linkNoticeText(problems[0]!, MORE_MESSAGES.en.linkNotices, { lang: 'en', timeZone: TZ }));
      }
    }
  });
});

describe('compare=1: a range\'s two ends side by side', () => {
  const withSteps: LinkContext = { ...ctx, stepIds: new Set(['the-truce', 'the-clashes']), rangeStepIds: new Set(['the-clashes']) };
  it('is read beside a range, or a story step that shows one, and written back', () => {
    const read = readLinkProblems('?t=2016-04-20/2016-04-22&compare=1', withSteps);
    expect(read.problems).toEqual([]);
    expect(read.state.compare).toBe(true);
    expect(writeLink(read.state, TZ)).toBe('?t=2016-04-20/2016-04-22&compare=1');
    expect(readLinkProblems('?step=the-clashes&compare=1', withSteps)).toEqual({ state: { step: 'the-clashes', compare: true }, problems: [] });
  });

  it('without a range is dropped with a notice; a value other than 1 or 0 is named', () => {
    expect(readLinkProblems('?t=2016-04-21&compare=1', withSteps)).toEqual({
      state: { time: { ms: at('2016-04-21T00:00:00+03:00'), wholeDay: true } },
      problems: [{ param: 'compare', code: 'compareNeedsRange', value: '1' }],
    });
    expect(readLinkProblems('?step=the-truce&compare=1', withSteps).problems).toEqual([{ param: 'compare', code: 'compareNeedsRange', value: '1' }]);
    const bad = readLinkProblems('?t=2016-04-20/2016-04-22&compare=yes', withSteps);
    expect(bad.state.compare).toBeUndefined();
    expect(bad.problems).toEqual([{ param: 'compare', code: 'badCompare', value: 'yes' }]);
    expect(linkNoticeText(bad.problems[0]!, MORE_MESSAGES.ar.linkNotices, { lang: 'ar', timeZone: TZ })).toBe('تعذّرت قراءة إعداد المقارنة «\u2068yes\u2069» (المتوقع 1 أو 0)، لذا جرى تجاهله.');
  });
});
