// Quiet notices the reader can dismiss (a part of the link ignored, web tiles unreachable).
import { useApp, useAppStore } from './store-context';
import { useT } from './use-t';

export function Notices() {
  const store = useAppStore();
  const notices = useApp((s) => s.notices);
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <ul class="notices" aria-live="polite">
      {notices.map((n) => (
        <li key={n.id} class="notice" role="status">
          <span>{n.text}</span>
          <button type="button" onClick={() => store.getState().dismissNotice(n.id)} aria-label={t.dismiss(n.text)}>×</button>
        </li>
      ))}
    </ul>
  );
}
