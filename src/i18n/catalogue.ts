// The interface's words for a language: English is in the first-load bundle, Arabic and Kurdish
// load when first asked for.
import type { Lang } from '../core/names';
import { en, type Messages } from './en';

const loaded = new Map<Lang, Messages>([['en', en]]);

export function loadMessages(lang: Lang): Promise<Messages> {
  const hit = loaded.get(lang);
  if (hit) return Promise.resolve(hit);
  const load = lang === 'ar' ? import('./ar').then((m) => m.ar) : import('./ku').then((m) => m.ku);
  return load.then((messages) => {
    loaded.set(lang, messages);
    return messages;
  });
}

/** Each language's own name for itself, for the language switch. */
export const OWN_NAMES: Record<Lang, string> = { en: 'English', ar: 'العربية', ku: 'Kurdî' };
