// The interface's language, chosen on screen (as `lang=` in a link does); each name in its own language.
import { LANGS } from '../core/names';
import { OWN_NAMES } from '../i18n/catalogue';
import { useApp, useAppStore } from './store-context';
import { useT } from './use-t';

export function LanguageSwitch() {
  const store = useAppStore();
  const lang = useApp((s) => s.lang);
  const t = useT();
  return (
    <label class="language-switch">
      <span class="visually-hidden">{t.language}</span>
      <select value={lang} onChange={(e) => store.getState().setLang((e.currentTarget as HTMLSelectElement).value as typeof lang)}>
        {LANGS.map((l) => <option key={l} value={l} lang={l}>{OWN_NAMES[l]}</option>)}
      </select>
    </label>
  );
}
