// Names in the reader's language, falling back visibly to English rather than to an empty label.
import type { LocalizedName } from './types';

export type Lang = 'en' | 'ar' | 'ku';
export const LANGS: readonly Lang[] = ['en', 'ar', 'ku'];

/** The name in `lang`, or English when that language has none. */
export function nameIn(name: LocalizedName, lang: Lang): { text: string; lang: Lang; fallback: boolean } {
  const text = name[lang];
  if (text) return { text, lang, fallback: false };
  return { text: name.en, lang: 'en', fallback: lang !== 'en' };
}
