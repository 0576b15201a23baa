// The details sheet: a popup that details-popup.ts opened along a narrow map's bottom edge, made a
// sheet here: a handle to swipe it away, Escape to close it, focus taken in when it was opened from
// the keyboard and given back on closing, and the map panned so the place stays in view above it.
import './details-sheet.css';
import type * as L from 'leaflet';
import { el } from './dom';

/** A swipe down the handle this far (px) closes the sheet; a shorter one lets it spring back. */
const SWIPE_CLOSES = 48;
/** Room (px) kept around the place the sheet is about, when the map pans to show it. */
const PAN_MARGIN = 24;

let titles = 0;

/** Makes the open popup a sheet until it closes; `pans` when its layer lets popups move the map. */
export function attachSheet(popup: L.Popup, map: L.Map, pans: boolean): void {
  const sheet = popup.getElement();
  // Closed (or opened again, wide) while this code loaded; or already a sheet.
  if (!sheet || !popup.isOpen() || popup.options.pane !== 'sheetPane' || sheet.classList.contains('is-sheet')) return;
  const doc = sheet.ownerDocument;
  const invoker = doc.activeElement;
  const container = map.getContainer();
  sheet.classList.add('is-sheet');
  sheet.setAttribute('role', 'dialog');
  sheet.dir = doc.documentElement.dir || 'ltr';
  const handle = el('div', { class: 'sheet-handle', 'aria-hidden': 'true' });
  sheet.querySelector('.leaflet-popup-content-wrapper')?.prepend(handle);

  // The sheet is named by its body's title, which changes when it shows another incident.
  const named = () => {
    const title = sheet.querySelector('.leaflet-popup-content h2');
    if (!title) return;
    title.id ||= `sheet-title-${++titles}`;
    sheet.setAttribute('aria-labelledby', title.id);
  };
  // After the layer's own pan (a moment later), so that this one, which knows the sheet is there, wins.
  const reveal = () => queueMicrotask(() => {
    const latLng = popup.getLatLng();
    if (!pans || !latLng || !popup.isOpen()) return;
    // An incident's mark may be drawn beside its place, clear of others: the whole mark is kept in view.
    const mark = container.querySelector('.leaflet-marker-icon.is-selected')?.getBoundingClientRect();
    const box = container.getBoundingClientRect();
    const at = mark ? map.containerPointToLatLng([mark.left + mark.width / 2 - box.left, mark.top + mark.height / 2 - box.top]) : latLng;
    const reach = PAN_MARGIN + (mark ? mark.height / 2 : 0);
    const below = Math.min(sheet.offsetHeight + reach, map.getSize().y - 2 * reach);
    map.panInside(at, { paddingTopLeft: [reach, reach], paddingBottomRight: [reach, below] });
  });
  const onContent = () => { named(); reveal(); };

  // Escape from the sheet, the map or the page's body; not from a dialog or menu elsewhere.
  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as Node;
    if (e.key !== 'Escape' || e.defaultPrevented || !(target === doc.body || container.contains(target))) return;
    e.preventDefault();
    popup.close();
  };

  // A swipe down the handle: the sheet follows the finger, and closes past SWIPE_CLOSES.
  let swipe: { id: number; y: number } | null = null;
  const drag = (e: PointerEvent) => Math.max(0, e.clientY - (swipe?.y ?? e.clientY));
  const onDown = (e: PointerEvent) => {
    swipe = { id: e.pointerId, y: e.clientY };
    handle.setPointerCapture(e.pointerId);
    sheet.classList.add('is-dragged');
  };
  const onMove = (e: PointerEvent) => {
    if (swipe?.id === e.pointerId) sheet.style.setProperty('--sheet-drag', `${drag(e)}px`);
  };
  const onUp = (e: PointerEvent) => {
    if (swipe?.id !== e.pointerId) return;
    const closes = e.type === 'pointerup' && drag(e) > SWIPE_CLOSES;
    swipe = null;
    sheet.classList.remove('is-dragged');
    sheet.style.removeProperty('--sheet-drag');
    if (closes) popup.close();
  };
  handle.addEventListener('pointerdown', onDown);
  handle.addEventListener('pointermove', onMove);
  handle.addEventListener('pointerup', onUp);
  handle.addEventListener('pointercancel', onUp);
  doc.addEventListener('keydown', onKeyDown);
  popup.on('contentupdate', onContent);
  // A map that is framed anew as it changes size (see map-view.ts) moves the place again.
  map.on('resize', reveal);

  popup.once('remove', () => {
    doc.removeEventListener('keydown', onKeyDown);
    popup.off('contentupdate', onContent);
    map.off('resize', reveal);
    handle.remove();
    sheet.classList.remove('is-sheet', 'is-dragged');
    for (const name of ['role', 'aria-labelledby', 'dir', 'tabindex']) sheet.removeAttribute(name);
    sheet.style.removeProperty('--sheet-drag');
    // Focus was in the sheet (or went to the body as the sheet left the page): back to the mark or
    // the list row that opened it.
    const lost = doc.activeElement === doc.body || sheet.contains(doc.activeElement);
    if (lost && invoker instanceof HTMLElement && invoker !== doc.body && invoker.isConnected) invoker.focus();
  });

  named();
  reveal();
  // Opened from the keyboard (the opener shows a focus ring): the reader goes on in the sheet.
  if (invoker instanceof HTMLElement && invoker.matches(':focus-visible')) {
    sheet.tabIndex = -1;
    sheet.focus();
  }
}
