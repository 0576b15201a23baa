// A modal dialog on the native <dialog>: focus stays inside, Escape closes, focus returns to the opener.
import './dialog.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../use-t';

export function Dialog({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ComponentChildren }) {
  const ref = useRef<HTMLDialogElement>(null);
  const t = useT();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} class="dialog" aria-label={title} onClose={onClose} onCancel={onClose}>
      <div class="dialog-head">
        <h2>{title}</h2>
        <button type="button" class="dialog-close" onClick={onClose} aria-label={t.close}>×</button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
