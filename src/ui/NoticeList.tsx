// The notices, each worded when shown, in the reader's language (so a change of language rewords them).
import { noticeText } from './notice-text';
import { useApp, useAppStore } from './store-context';
import { useMoreT } from './use-more-t';
import { useLang, useT } from './use-t';

export function NoticeList() {
  const store = useAppStore();
  const notices = useApp((s) => s.notices);
  const t = useT();
  const m = useMoreT();
  const lang = useLang();
  if (notices.length === 0) return null;
  return (
    <ul class="notices" aria-live="polite">
      {notices.map((n) => {
        const text = noticeText(n, { t, m, lang });
        return (
          // The status inside the item: a list's items must stay list items (axe: list).
          <li key={n.id}>
            <div class="notice" role="status">
              <span>{text}</span>
              <button type="button" onClick={() => store.getState().dismissNotice(n.id)} aria-label={m.dismissNotice(text)}>×</button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
