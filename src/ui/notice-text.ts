// A notice in the reader's language, worded when shown so that it follows a change of language.
import { linkNoticeText } from '../core/link-notice';
import type { Lang } from '../core/names';
import type { Messages } from '../i18n/en';
import type { MoreMessages } from '../i18n/more';
import type { NoticeBody } from '../store/store';

export interface NoticeWords {
  t: Messages;
  m: MoreMessages;
  lang: Lang;
}

export function noticeText(n: NoticeBody, { t, m, lang }: NoticeWords): string {
  if ('text' in n) return n.text;
  switch (n.say) {
    case 'tilesFailed': return m.tilesFailed;
    case 'langNotLoaded': return m.langNotLoaded(t.languageNames[n.lang], n.detail);
    case 'link': return linkNoticeText(n.problem, m.linkNotices, { lang, timeZone: n.timeZone });
  }
}
