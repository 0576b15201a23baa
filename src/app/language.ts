// The interface's language follows the store: its words load (Arabic and Kurdish on demand), and
// the page is marked with the language and, for Arabic, laid out right to left.
import { LANGS, type Lang } from '../core/names';
import { loadMessages } from '../i18n/catalogue';
import type { AppStore } from '../store/store';

export function isLang(value: string | null): value is Lang {
  return (LANGS as readonly (string | null)[]).includes(value);
}

export function followLanguage(store: AppStore, root: HTMLElement = document.documentElement): () => void {
  const stopLoading = store.subscribe((s) => s.lang, (lang) => {
    loadMessages(lang).then((messages) => store.getState().setMessages(lang, messages),
      (err: unknown) => store.getState().addNotice('lang', `The ${lang} interface could not be loaded (${String(err)}); English is shown.`));
  }, { fireImmediately: true });
  const stopMarking = store.subscribe((s) => [s.uiLang, s.messages.dir] as const, ([lang, dir]) => {
    root.lang = lang;
    root.dir = dir;
  }, { fireImmediately: true, equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
  return () => { stopLoading(); stopMarking(); };
}
