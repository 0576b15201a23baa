// A modal dialog on the native <dialog>: focus stays inside, Escape closes, focus returns to the opener.
import './dialog.css';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useT } from '../use-t';
import { cycleTab } from './tab-cycle';

export function Dialog({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ComponentChildren }) {
  const ref = useRef<HTMLDialogElement>(null);
  const t = useT();
  // Set once this dialog has been told to close: its own 'close' event, which the browser fires a
  // moment later, must not close the next dialog the reader has opened by then.
  const done = useRef(false);
  const close = () => {
    if (done.current) return;
    done.current = true;
    onClose();
  };
  // A layout effect: its cleanup runs before the dialog leaves the page (a passive one runs after).
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = dialog.ownerDocument.activeElement;
    done.current = false;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      // Closing (or unmounting, which the app does on close) while still open: a removed dialog would
      // leave focus on the page's body, so it is closed here and focus goes back to its opener.
      done.current = true;
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [open]);
  return (
    <dialog ref={ref} class="dialog" aria-label={title} onClose={close} onCancel={close}
      onKeyDown={(e) => { if (ref.current) cycleTab(ref.current, e); }}>
      <div class="dialog-head">
        <h2>{title}</h2>
        <button type="button" class="dialog-close" onClick={close} aria-label={t.close}>×</button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
