// Keeps Tab and Shift+Tab cycling inside a modal dialog. A modal <dialog> makes the page behind it
// inert, but Chromium still lets Tab leave the last control for the browser's own UI (the page's
// body gets focus), so the dialog wraps around itself.

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

function tabbables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) =>
    el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && !folded(el));
}

/** Inside a closed <details> (its summary aside): Chromium keeps a box for it, but Tab skips it. */
function folded(el: HTMLElement): boolean {
  const details = el.closest('details');
  return details !== null && !details.open && !(el.tagName === 'SUMMARY' && el.parentElement === details);
}

/** For a keydown inside the container: moves focus from the last control to the first, and back. */
export function cycleTab(container: HTMLElement, e: KeyboardEvent): void {
  if (e.key !== 'Tab') return;
  const items = tabbables(container);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const active = container.ownerDocument.activeElement;
  if (e.shiftKey && (active === first || !container.contains(active))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !container.contains(active))) {
    e.preventDefault();
    first.focus();
  }
}
