// Keeps the map's view and the store's `view` in step, in both directions.
import type * as L from 'leaflet';
import { roundView, type MapView } from '../core/link-format';
import type { AppStore } from '../store/store';

/** A move that ends this soon after the reader touched the map is the reader's. */
const GESTURE_MS = 1500;

const sameView = (a: MapView, b: MapView) => {
  const x = roundView(a);
  const y = roundView(b);
  return x.zoom === y.zoom && x.lat === y.lat && x.lon === y.lon;
};

/**
 * `frameDefault` shows the dataset's default framing. Returns a function that stops syncing.
 * Moves the app makes itself (popups panning into view, a link's view) are not written back.
 */
export function syncView(map: L.Map, store: AppStore, frameDefault: () => void): () => void {
  const current = (): MapView => {
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
  };
  let hasView = false;
  const show = (view: MapView | null) => {
    if (view === null) frameDefault();
    else if (!hasView || !sameView(view, current())) map.setView([view.lat, view.lon], view.zoom, { animate: false });
    hasView = true;
  };

  let lastGesture = -Infinity;
  const gesture = () => { lastGesture = performance.now(); };
  const container = map.getContainer();
  const gestureEvents = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;
  for (const type of gestureEvents) container.addEventListener(type, gesture, { passive: true });

  const onMoveEnd = () => {
    if (performance.now() - lastGesture > GESTURE_MS) return;
    const view = roundView(current());
    const stored = store.getState().view;
    if (!stored || !sameView(stored, view)) store.getState().setView(view);
  };
  map.on('moveend', onMoveEnd);

  show(store.getState().view);
  const unsubscribe = store.subscribe((s) => s.view, (view) => show(view));
  return () => {
    unsubscribe();
    map.off('moveend', onMoveEnd);
    for (const type of gestureEvents) container.removeEventListener(type, gesture);
  };
}
