// Popup bodies are built by code that loads on the first popup opened, not with the page: a
// placeholder shows for the moment it takes, then the body replaces it and the popup refits.
import type * as L from 'leaflet';
import { el } from './dom';

type Builders = typeof import('./popup');

let builders: Builders | null = null;
let loading: Promise<Builders> | null = null;

export function loadPopupBuilders(): Promise<Builders> {
  loading ??= import('./popup').then((m) => (builders = m));
  return loading;
}

/** Popup content for `layer` (or a standalone popup), built by `make` once the builders are here. */
export function lazyPopup(owner: L.Layer | L.Popup, make: (b: Builders) => HTMLElement): () => HTMLElement {
  return () => {
    if (builders) return make(builders);
    const holder = el('div', { class: 'popup-loading', 'aria-busy': 'true' });
    void loadPopupBuilders().then((b) => {
      holder.replaceWith(make(b));
      // A popup is a layer too, with a getPopup of its own (for popups bound to it: none): ask it first.
      const popup = 'openOn' in owner ? owner : owner.getPopup();
      popup?.update();
    });
    return holder;
  };
}
