// The link format is a promise: these examples pin it so that old links keep opening the same view.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../helpers/properties';
import { LAYER_IDS } from '../../src/core/layers';
import { readLink, readPageLink, writeLink, type LinkState } from '../../src/core/link';
import { LANGS } from '../../src/core/names';
import { linkContext, TZ } from '../helpers/link-context';

const ctx = linkContext({ incidents: ['truce', 'prison-capture', 'checkpoint-incident'], steps: ['the-truce', 'the-prison'] });
const at = (iso: string) => Date.parse(iso);

describe('pinned links: reading', () => {
  const cases: [string, LinkState][] = [
    ['', {}],
    ['?t=2016-04-21', { time: { ms: at('2016-04-21T00:00:00+03:00'), wholeDay: true } }],
    ['?t=2016-04-21T14:30', { time: { ms: at('2016-04-21T14:30:00+03:00'), wholeDay: false } }],
    ['?t=2016-04-22T12:30Z', { time: { ms: at('2016-04-22T15:30:00+03:00'), wholeDay: false } }],
    ['?t=2016-04-22T15:30%2B03:00', { time: { ms: at('2016-04-22T15:30:00+03:00'), wholeDay: false } }],
    ['?t=2016-04-22T15:30:00+03:00', { time: { ms: at('2016-04-22T15:30:00+03:00'), wholeDay: false } }],
    ['?event=truce', { event: 'truce' }],
    ['?map=15/37.04500/41.24500', { map: { zoom: 15, lat: 37.045, lon: 41.245 } }],
    ['?map=14.5/37.05/41.2', { map: { zoom: 14.5, lat: 37.05, lon: 41.2 } }],
    ['?layers=control,mortar,clash', { layers: ['control', 'mortar', 'clash'] }],
    ['?layers=clash,control', { layers: ['control', 'clash'] }],
    ['?layers=', { layers: [] }],
    ['?embed=1', { embed: true }],
    ['?embed=0', { embed: false }],
    ['?lang=ar', { lang: 'ar' }],
    ['?lang=ku', { lang: 'ku' }],
    ['?step=the-prison', { step: 'the-prison' }],
    ['?theme=dark', { theme: 'dark' }],
    ['?theme=auto', { theme: 'auto' }],
    ['?theme=light', { theme: 'light' }],
    ['?plain=1', { plain: true }],
    ['?plain=0', { plain: false }],
    ['?embed=1&plain=1&theme=dark', { embed: true, plain: true, theme: 'dark' }],
    ['?t=2016-04-21T12:00&event=prison-capture&map=15/37.045/41.245&layers=control,mortar&embed=1&lang=en',
      { time: { ms: at('2016-04-21T12:00:00+03:00'), wholeDay: false }, event: 'prison-capture',
        map: { zoom: 15, lat: 37.045, lon: 41.245 }, layers: ['control', 'mortar'], embed: true, lang: 'en' }],
  ];
  it.each(cases)('%s', (search, state) => {
    expect(readLink(search, ctx)).toEqual({ state, notices: [] });
  });
});

describe('pinned links: writing', () => {
  it.each([
    [{}, ''],
    [{ time: { ms: at('2016-04-21T00:00:00+03:00'), wholeDay: true } }, '?t=2016-04-21'],
    [{ time: { ms: at('2016-04-21T14:30:45+03:00'), wholeDay: false } }, '?t=2016-04-21T14:30'],
    [{ event: 'truce', time: { ms: at('2016-04-22T15:30:00+03:00'), wholeDay: false } }, '?t=2016-04-22T15:30&event=truce'],
    [{ map: { zoom: 15, lat: 37.045, lon: 41.245 } }, '?map=15/37.04500/41.24500'],
    [{ layers: ['mortar', 'control'] }, '?layers=control,mortar'],
    [{ embed: true, lang: 'ar' }, '?embed=1&lang=ar'],
    [{ embed: false }, ''],
    [{ step: 'the-truce' }, '?step=the-truce'],
    [{ embed: true, theme: 'dark', plain: true }, '?embed=1&plain=1&theme=dark'],
    [{ theme: 'auto' }, '?theme=auto'],
    // Light is what a link without theme= shows: it is left out, as embed=0 is.
    [{ theme: 'light', plain: false }, ''],
  ] as [LinkState, string][])('%j → %s', (state, search) => {
    expect(writeLink(state, TZ)).toBe(search);
  });

  it('keeps a newsroom\'s own parameters, in their order', () => {
    expect(writeLink({ event: 'truce' }, TZ, '?utm_source=paper&t=2016-04-20&utm_medium=web&event=old'))
      .toBe('?event=truce&utm_source=paper&utm_medium=web');
  });
});

describe('links that cannot be read', () => {
  it('ignores t=banana with a notice and applies the rest', () => {
    const { state, notices } = readLink('?t=banana&event=truce&utm_campaign=x', ctx);
    expect(state).toEqual({ event: 'truce' });
    expect(notices).toEqual(['The time “banana” in the link could not be read, so it was ignored.']);
  });

  it('ignores a malformed map view and an unknown event', () => {
    const { state, notices } = readLink('?map=a/b/c&event=nope&lang=fr&embed=yes&step=zzz&layers=control,tanks', ctx);
    expect(state).toEqual({ layers: ['control'] });
    expect(notices).toHaveLength(6);
    expect(notices.join(' ')).toMatch(/“nope”.*“a\/b\/c”.*“tanks”.*“yes”.*“fr”.*“zzz”/);
  });

  it('ignores a theme or plain value it cannot read, naming the parameter and the value, and applies the rest', () => {
    const { state, notices } = readLink('?theme=Dark&plain=yes&embed=1', ctx);
    expect(state).toEqual({ embed: true });
    expect(notices).toEqual([
      'The plain setting “yes” could not be read (expected 1 or 0), so it was ignored.',
      'The theme “Dark” could not be read (expected light, dark or auto), so the light colours are shown.',
    ]);
    // Rewriting the view drops the unreadable values, as it does embed=yes.
    expect(writeLink(state, TZ, '?theme=Dark&plain=yes&embed=1')).toBe('?embed=1');
  });

  it('clamps a date outside the dataset, with a notice', () => {
    expect(readLink('?t=2016-05-01', ctx)).toEqual({
      state: { time: { ms: at('2016-04-24T00:00:00+03:00'), wholeDay: true } },
      notices: ['1 May 2016 is outside this map\'s dates (20 April 2016 to 24 April 2016); 24 April 2016 is shown instead.'],
    });
    const early = readLink('?t=2016-04-19T23:00', ctx);
    expect(early.state.time).toEqual({ ms: ctx.start, wholeDay: false });
    expect(early.notices[0]).toMatch(/first moment is shown instead/);
  });

  // Found by fuzzing: a year before 100 was named as 19xx, long unknown layer lists flooded the
  // notice, and cutting a long value could split an emoji in two.
  it('names an early year as written, and keeps notices short and whole', () => {
    expect(readLink('?t=0016-04-21', ctx).notices[0]).toMatch(/^21 April 16 is outside/);
    const many = Array.from({ length: 500 }, (_, i) => `layer${i}`).join(',');
    expect(readLink(`?layers=tanks,tanks,${many}`, ctx).notices)
      .toEqual(['The link names layers this map does not have (“tanks”, “layer0”, “layer1”, “layer2” and 497 more); they were ignored.']);
    const emoji = '😀'.repeat(50);
    expect(readLink(`?lang=${emoji}`, ctx).notices[0]).toContain(`“${'😀'.repeat(39)}…”`);
  });

  it('rejects out-of-range views', () => {
    expect(readLink('?map=30/37/41', ctx).state).toEqual({});
    expect(readLink('?map=15/95/41', ctx).state).toEqual({});
    expect(readLink('?map=15/37/190', ctx).state).toEqual({});
  });
});

describe('state → link → state (property)', () => {
  const minute = fc.integer({ min: 0, max: (ctx.end - ctx.start) / 60_000 }).map((m) => ctx.start + m * 60_000);
  const day = fc.integer({ min: 0, max: 4 }).map((d) => Date.parse(`2016-04-${20 + d}T00:00:00+03:00`));
  const time = fc.oneof(minute.map((ms) => ({ ms, wholeDay: false })), day.map((ms) => ({ ms, wholeDay: true })));
  const coord = (max: number) => fc.integer({ min: -max * 1e5, max: max * 1e5 }).map((n) => n / 1e5);
  const state: fc.Arbitrary<LinkState> = fc.record({
    time,
    event: fc.constantFrom(...ctx.incidentIds),
    map: fc.record({ zoom: fc.integer({ min: 0, max: 44 }).map((z) => z / 2), lat: coord(90), lon: coord(180) }),
    layers: fc.subarray([...LAYER_IDS]),
    embed: fc.constant(true),
    lang: fc.constantFrom(...LANGS),
    step: fc.constantFrom(...ctx.stepIds),
    theme: fc.constantFrom('dark', 'auto'),
    plain: fc.constant(true),
  }, { requiredKeys: [] });

  it('reads back exactly what was written, with no notices', () => {
    fc.assert(fc.property(state, fc.constantFrom('', '?utm_source=x', '?a=1&b=2'), (s, extra) => {
      const written = writeLink(s, TZ, extra);
      expect(readLink(written, ctx)).toEqual({ state: s, notices: [] });
      expect(new URLSearchParams(written).getAll('utm_source')).toEqual(new URLSearchParams(extra).getAll('utm_source'));
    }), { numRuns: runs(2000) });
  });
});

describe('which dataset and which language (data=, lang=)', () => {
  it('reads them before any dataset has loaded, as the link gives them', () => {
    expect(readPageLink('')).toEqual({});
    expect(readPageLink('?data=examples/datasets/invented-town/dataset.json&lang=ar'))
      .toEqual({ data: 'examples/datasets/invented-town/dataset.json', lang: 'ar' });
    expect(readPageLink('?data=https%3A%2F%2Fexample.org%2Fd.json&lang=ku')).toEqual({ data: 'https://example.org/d.json', lang: 'ku' });
    // An empty address is still an address (and fails to load, visibly); an unknown language is no language.
    expect(readPageLink('?data=&lang=fr')).toEqual({ data: '' });
    expect(readPageLink('?lang=AR')).toEqual({});
  });

  it('reads the theme before any dataset has loaded (the page is dark from its first paint), only when known', () => {
    expect(readPageLink('?theme=dark&embed=1')).toEqual({ theme: 'dark' });
    expect(readPageLink('?theme=auto')).toEqual({ theme: 'auto' });
    expect(readPageLink('?theme=light')).toEqual({ theme: 'light' });
    expect(readPageLink('?theme=night&lang=ku')).toEqual({ lang: 'ku' });
  });

  it('gives the dataset\'s address with the rest of the link, with no notice', () => {
    expect(readLink('?event=truce&data=d/dataset.json', ctx)).toEqual({ state: { event: 'truce', data: 'd/dataset.json' }, notices: [] });
  });

  it('carries data= over when writing a view, in its place, unless the state names a dataset', () => {
    expect(writeLink({ event: 'truce' }, TZ, '?data=d/dataset.json&utm_source=x')).toBe('?event=truce&data=d/dataset.json&utm_source=x');
    expect(writeLink({ data: 'https://example.org/a b.json' }, TZ)).toBe('?data=https://example.org/a+b.json');
    expect(writeLink({ lang: 'ar', data: 'new.json' }, TZ, '?data=old.json')).toBe('?lang=ar&data=new.json');
    const address = 'https://example.org/data/dataset.json?v=2&x=%2F';
    expect(readPageLink(writeLink({ data: address }, TZ)).data).toBe(address);
  });
});
