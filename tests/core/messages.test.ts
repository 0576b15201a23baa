import { describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar';
import { en, type Messages } from '../../src/i18n/en';
import { ku } from '../../src/i18n/ku';
import { MORE_MESSAGES } from '../../src/i18n/more';

/** Every text of a catalogue, with functions called on sample arguments. */
function texts(m: object): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, String((value as (...a: unknown[]) => unknown)('X', 'Y', 'Z')));
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
        for (const arg of ['X', 'Y', 'Z']) if (english.get(key)?.includes(arg)) expect(text, key).toContain(arg);
      }
    });
  }

  it('lays Arabic out right to left, and the others left to right', () => {
    expect([en.dir, ar.dir, ku.dir]).toEqual(['ltr', 'rtl', 'ltr']);
  });
});
