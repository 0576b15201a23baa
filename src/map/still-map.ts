// A Leaflet map that jumps instead of gliding, for readers who prefer reduced motion.
import type * as L from 'leaflet';

/** No zoom, fade or marker-zoom animation, and no drift after a drag. */
export const STILL_MAP_OPTIONS: L.MapOptions = {
  zoomAnimation: false,
  fadeAnimation: false,
  markerZoomAnimation: false,
  inertia: false,
};

/**
 * Leaflet has no option for pans: arrow keys, popups panning into view and panInside all animate
 * through panBy unless told `animate: false`. This map's panBy always is.
 */
export function stopPanAnimation(map: L.Map): void {
  const panBy = map.panBy.bind(map);
  map.panBy = (offset, options) => panBy(offset, { ...options, animate: false });
}
