// The words of the on-demand parts (dialogs, story, legend, About, problems), for those parts only:
// importing this puts them in the part's own chunk.
import { MORE_MESSAGES, type MoreMessages } from '../i18n/more';
import { useLang } from './use-t';

export const useMoreT = (): MoreMessages => MORE_MESSAGES[useLang()];
