// The interface's language follows the store: its words load (Arabic and Kurdish on demand), and
// the page is marked with the language and, for Arabic, laid out right to left.
import { loadMessages } from '../i18n/catalogue';
import type { AppStore } from '../store/store';

export function followLanguage(store: AppStore, root: HTMLElement = document.documentElement): () => void {
  const stopLoading = store.subscribe((s) => s.lang, (lang) => {
    loadMessages(lang).then((messages) => store.getState().setMessages(lang, messages),
      (err: unknown) => store.getState().addNotice('lang', { say: 'langNotLoaded', lang, detail: String(err) }));
  }, { fireImmediately: true });
  const stopMarking = store.subscribe((s) => [s.uiLang, s.messages.dir] as const, ([lang, dir]) => {
    root.lang = lang;
    root.dir = dir;
  }, { fireImmediately: true, equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
  return () => { stopLoading(); stopMarking(); };
}
