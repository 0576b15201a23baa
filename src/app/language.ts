// The interface's language follows the store: its words load (Arabic and Kurdish on demand), and
// the page is marked with the language and, for Arabic, laid out right to left. `ready` settles once
// the first language's words are here (or failed to come): the app shows its data in them, rather than
// first in English and left to right, then flipped (a layout shift of 0.05 on an Arabic phone).
import { loadMessages } from '../i18n/catalogue';
import type { AppStore } from '../store/store';

export function followLanguage(store: AppStore, root: HTMLElement = document.documentElement): { stop: () => void; ready: Promise<void> } {
  let ready = Promise.resolve();
  const stopLoading = store.subscribe((s) => s.lang, (lang) => {
    ready = loadMessages(lang).then((messages) => store.getState().setMessages(lang, messages),
      (err: unknown) => store.getState().addNotice('lang', { say: 'langNotLoaded', lang, detail: String(err) }));
  }, { fireImmediately: true });
  const stopMarking = store.subscribe((s) => [s.uiLang, s.messages.dir] as const, ([lang, dir]) => {
    root.lang = lang;
    root.dir = dir;
  }, { fireImmediately: true, equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
  return { stop: () => { stopLoading(); stopMarking(); }, ready };
}
