// The compare view's second map: the range's start, beside the app's map of its end, with pan and
// zoom kept in step while either moves (not only once it stops).
import type * as L from 'leaflet';
import { rangeStartStore } from '../store/range-start-store';
import type { AppStore } from '../store/store';
import { appMapOf, buildMap, hasNoRoom, type MapOptions } from './map-view';

/** Mounts the map of the range's start in `host`; returns its destroyer. */
export function mountCompareMap(host: HTMLElement, store: AppStore, options: MapOptions = {}): () => void {
  const start = rangeStartStore(store);
  const built = buildMap(host, start.store, options, 'compare');
  const app = appMapOf(store);
  const unlink = app ? keepInStep(app, built.map) : () => {};
  return () => {
    unlink();
    built.destroy();
    start.stop();
  };
}

/** Moves each map when the other moves; `b` starts at `a`'s view. */
export function keepInStep(a: L.Map, b: L.Map): () => void {
  let following = false;
  const follower = (from: L.Map, to: L.Map) => () => {
    // The move this makes fires the other map's handler: it must not echo back. A map with no room
    // (hidden on a phone, or being taken away) has no view worth copying.
    if (following || hasNoRoom(from)) return;
    following = true;
    try {
      to.setView(from.getCenter(), from.getZoom(), { animate: false });
    } finally {
      following = false;
    }
  };
  const aToB = follower(a, b);
  const bToA = follower(b, a);
  a.on('move zoomend', aToB);
  b.on('move zoomend', bToA);
  aToB();
  return () => {
    a.off('move zoomend', aToB);
    b.off('move zoomend', bToA);
  };
}
