// The interface's words and language, for components: they re-render when the language changes.
import type { Lang } from '../core/names';
import type { Messages } from '../i18n/en';
import { useApp } from './store-context';

export const useT = (): Messages => useApp((s) => s.messages);
export const useLang = (): Lang => useApp((s) => s.uiLang);
