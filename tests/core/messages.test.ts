import { describe, expect, it } from 'vitest';
import type { ClaimParts } from '../../src/core/claims';
import { ar } from '../../src/i18n/ar';
import { en, type Messages } from '../../src/i18n/en';
import { ku } from '../../src/i18n/ku';
import { MORE_MESSAGES } from '../../src/i18n/more';

/** Arguments no real words contain, so that a message's text shows where each one went. */
const PLACEHOLDERS = ['⟪x⟫', '⟪y⟫', '⟪z⟫'];

/** Arguments for messages that word a value rather than strings: a claim (its figure and group as placeholders). */
const SAMPLES: Record<string, unknown[]> = {
  'm.claim': [{ kind: 'killed', side: 'government', qualifier: 'at_least', group: '⟪y⟫', figure: '⟪x⟫', plural: 'other' } satisfies ClaimParts],
};

/** Every text of a catalogue, with functions called on sample arguments. */
function texts(m: object): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, String((value as (...a: unknown[]) => unknown)(...(SAMPLES[path] ?? PLACEHOLDERS))));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  walk(m, 'm');
  return out;
}

describe('the interface in three languages', () => {
  // The first-load words and those of the on-demand parts, as one catalogue per language.
  const all = (first: Messages, lang: 'en' | 'ar' | 'ku') => ({ ...first, ...MORE_MESSAGES[lang] });
  const english = texts(all(en, 'en'));
  for (const [lang, m] of [['ar', ar], ['ku', ku]] as const) {
    it(`${lang} says everything English says, never empty, keeping every placeholder`, () => {
      const own = texts(all(m, lang));
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of own) {
        expect(text.trim(), key).not.toBe('');
        // A message that shows a value in English shows it in this language too.
        for (const arg of PLACEHOLDERS) if (english.get(key)?.includes(arg)) expect(text, key).toContain(arg);
      }
    });
  }

  it('lays Arabic out right to left, and the others left to right', () => {
    expect([en.dir, ar.dir, ku.dir]).toEqual(['ltr', 'rtl', 'ltr']);
  });
});

describe('counts in each language\'s plural forms', () => {
  const counts = [1, 2, 3, 11, 100];
  const say = (f: (n: string, count: number) => string, lang: 'en' | 'ar' | 'ku') =>
    counts.map((n) => f(new Intl.NumberFormat(lang === 'ar' ? 'ar-SY' : 'en-GB').format(n), n));

  it('counts problems in English in the singular and the plural', () => {
    expect(say(en.problemsInData, 'en')).toEqual([
      '1 problem in the data', '2 problems in the data', '3 problems in the data', '11 problems in the data', '100 problems in the data',
    ]);
    expect(MORE_MESSAGES.en.problemsInChosenData('1', 1)).toBe('1 problem in the chosen data');
    expect(MORE_MESSAGES.en.storyStart('1', 1)).toBe('Start the story (1 step)');
    expect(MORE_MESSAGES.en.incidentCount('12', 12)).toBe('12 incidents');
  });

  it('counts in Arabic with the noun each number takes: one, two, 3–10, 11–99, 100', () => {
    expect(say(ar.problemsInData, 'ar')).toEqual([
      'مشكلة واحدة في البيانات', 'مشكلتان في البيانات', '٣ مشكلات في البيانات', '١١ مشكلةً في البيانات', '١٠٠ مشكلة في البيانات',
    ]);
    expect(say(MORE_MESSAGES.ar.incidentCount, 'ar')).toEqual(['حدث واحد', 'حدثان', '٣ أحداث', '١١ حدثاً', '١٠٠ حدث']);
    expect(say(MORE_MESSAGES.ar.siteCount, 'ar')).toEqual(['موقع واحد', 'موقعان', '٣ مواقع', '١١ موقعاً', '١٠٠ موقع']);
    expect(say(MORE_MESSAGES.ar.storyStart, 'ar')).toEqual([
      'ابدأ القصة (خطوة واحدة)', 'ابدأ القصة (خطوتان)', 'ابدأ القصة (٣ خطوات)', 'ابدأ القصة (١١ خطوةً)', 'ابدأ القصة (١٠٠ خطوة)',
    ]);
    // A long dataset: 1,139 ends in 39 (singular accusative), 1,200 in 00 (singular), 1,105 in 05 (plural).
    expect([1139, 1200, 1105].map((n) => MORE_MESSAGES.ar.longDataset(new Intl.NumberFormat('ar-SY').format(n), n).split(':')[0]))
      .toEqual([' تضم هذه البيانات ١٬١٣٩ حدثاً', ' تضم هذه البيانات ١٬٢٠٠ حدث', ' تضم هذه البيانات ١٬١٠٥ أحداث']);
  });

  it('counts in Kurmanji with a singular noun, the verb agreeing', () => {
    expect(MORE_MESSAGES.ku.longDataset('1', 1)).toContain('1 bûyer heye');
    expect(MORE_MESSAGES.ku.longDataset('1.139', 1139)).toContain('1.139 bûyer hene');
    expect(MORE_MESSAGES.ku.loadedFromFiles('T', MORE_MESSAGES.ku.incidentCount('3', 3), MORE_MESSAGES.ku.siteCount('1', 1)))
      .toBe('“T” ji pelên te hat barkirin (3 bûyer, 1 cih).');
  });
});

describe('distances in the reader\'s digits', () => {
  it('writes metres and kilometres as each language writes numbers', async () => {
    const { formatDistance } = await import('../../src/i18n/distance');
    expect([800, 1000, 1500, 1250].map((m) => formatDistance(m, MORE_MESSAGES.en, 'en'))).toEqual(['800 m', '1 km', '1.5 km', '1.3 km']);
    expect([800, 1500].map((m) => formatDistance(m, MORE_MESSAGES.ar, 'ar'))).toEqual(['٨٠٠ م', '١٫٥ كم']);
    expect([800, 1500].map((m) => formatDistance(m, MORE_MESSAGES.ku, 'ku'))).toEqual(['800 m', '1,5 km']);
  });
});
