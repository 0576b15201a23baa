// A place name in the reader's language; where that language has none, English, marked as such.
import type { LocalizedName } from '../core/types';
import { nameIn } from '../core/names';
import { useApp } from './store-context';

const LANGUAGE_NAMES = { en: 'English', ar: 'Arabic', ku: 'Kurdish' } as const;

export function PlaceName({ name }: { name: LocalizedName }) {
  const lang = useApp((s) => s.lang);
  const shown = nameIn(name, lang);
  if (!shown.fallback) return <span lang={shown.lang} dir="auto">{shown.text}</span>;
  return (
    <span lang="en" dir="ltr" class="name-fallback" title={`No ${LANGUAGE_NAMES[lang]} name recorded; English shown`}>
      {shown.text}<span class="visually-hidden"> (English; no {LANGUAGE_NAMES[lang]} name recorded)</span>
    </span>
  );
}
