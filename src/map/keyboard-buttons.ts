// Leaflet gives its markers and link-buttons (zoom, popup close) role="button", but answers only
// Enter, and on a marker opens the popup without the click this app's layers listen to (so the
// incident was not selected). Here Space and Enter click them, as they would a <button>.
export function clickButtonsByKeyboard(container: HTMLElement): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target === container || target.getAttribute('role') !== 'button') return;
    if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
    // A link-button already clicks itself on Enter.
    if (e.key !== ' ' && !(e.key === 'Enter' && target.tagName !== 'A')) return;
    e.preventDefault();
    target.click();
  };
  container.addEventListener('keydown', onKeyDown);
  return () => container.removeEventListener('keydown', onKeyDown);
}
