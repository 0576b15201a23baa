// Plurals and lists come from Intl in each language's own rules, with a sensible fallback where the
// runtime has no data for the language (Chromium has no Kurmanji list patterns).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/core/names';

/** Fresh modules, so that their per-language caches are built again (after Intl is stubbed). */
async function fresh() {
  vi.resetModules();
  return { ...(await import('../../src/core/plural')), ...(await import('../../src/core/format-list')) };
}

afterEach(() => { vi.restoreAllMocks(); });

describe('plural categories', () => {
  it('gives Arabic its six categories, English and Kurmanji their two', async () => {
    const { pluralCategory } = await fresh();
    const counts = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 1139];
    expect(counts.map((n) => pluralCategory(n, 'ar')))
      .toEqual(['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'few', 'many']);
    expect(counts.map((n) => pluralCategory(n, 'en'))).toEqual(['other', 'one', ...Array<string>(9).fill('other')]);
    expect(counts.map((n) => pluralCategory(n, 'ku'))).toEqual(['other', 'one', ...Array<string>(9).fill('other')]);
  });

  it('picks the form of the category, and `other` where a language gives no form for it', async () => {
    const { plural } = await fresh();
    const forms = { one: 'one', two: 'two', few: 'few', other: 'other' };
    expect([1, 2, 5, 11].map((n) => plural(n, 'ar', forms))).toEqual(['one', 'two', 'few', 'other']);
    expect([1, 2].map((n) => plural(n, 'en', forms))).toEqual(['one', 'other']);
  });

  it('falls back to Intl\'s root rule (`other` for every count) for a language the runtime lacks', async () => {
    vi.spyOn(Intl.PluralRules, 'supportedLocalesOf').mockReturnValue([]);
    const { pluralCategory } = await fresh();
    expect([0, 1, 2, 11].map((n) => pluralCategory(n, 'ar'))).toEqual(['other', 'other', 'other', 'other']);
  });
});

describe('lists', () => {
  it('joins as each language joins, "and" or "or"', async () => {
    const { formatList } = await fresh();
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(formatList(['en', 'ar', 'ku'], 'en', 'disjunction')).toBe('en, ar or ku');
    expect(formatList(['أ', 'ب', 'ج'], 'ar')).toBe('أ وب وج');
    expect(formatList(['en', 'ar', 'ku'], 'ar', 'disjunction')).toBe('en أو ar أو ku');
    expect(formatList(['a', 'b', 'c'], 'ku')).toBe('a, b û c');
    expect(formatList(['only'], 'en')).toBe('only');
    expect(formatList([], 'en')).toBe('');
  });

  it('words Kurmanji lists the same where the runtime has no Kurmanji patterns (as in Chromium)', async () => {
    const cases: [string[], 'conjunction' | 'disjunction'][] = [
      [['a', 'b'], 'conjunction'], [['a', 'b', 'c', 'd'], 'conjunction'], [['a', 'b', 'c'], 'disjunction'], [['a'], 'conjunction'],
    ];
    const withData = cases.map(([items, type]) => new Intl.ListFormat('ku', { type }).format(items));
    const real = Intl.ListFormat.supportedLocalesOf.bind(Intl.ListFormat);
    vi.spyOn(Intl.ListFormat, 'supportedLocalesOf').mockImplementation((tags) => (String(tags) === 'ku' ? [] : real(tags)));
    const { formatList } = await fresh();
    expect(cases.map(([items, type]) => formatList(items, 'ku', type))).toEqual(withData);
  });

  it('falls back to CLDR\'s root pattern, "a, b, c", for a language with no data at all', async () => {
    vi.spyOn(Intl.ListFormat, 'supportedLocalesOf').mockReturnValue([]);
    const { formatList } = await fresh();
    for (const lang of ['en', 'ar'] as Lang[]) expect(formatList(['a', 'b', 'c'], lang)).toBe('a, b, c');
  });
});
