// A place name in the reader's language; where that language has none, English, marked as such.
import type { LocalizedName } from '../core/types';
import { nameIn } from '../core/names';
import { useApp } from './store-context';
import { useT } from './use-t';

export function PlaceName({ name }: { name: LocalizedName }) {
  const lang = useApp((s) => s.lang);
  const shown = nameIn(name, lang);
  const t = useT();
  const language = t.languageNames[lang];
  if (!shown.fallback) return <span lang={shown.lang} dir="auto">{shown.text}</span>;
  return (
    <span lang="en" dir="ltr" class="name-fallback" title={t.noNameIn(language)}>
      {shown.text}<span class="visually-hidden">{t.englishFallback(language)}</span>
    </span>
  );
}
