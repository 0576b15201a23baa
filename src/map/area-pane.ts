// The pane of what is drawn over the areas (a range's bands, the claims' outlines) and of the areas'
// canvas when there is one: in the overlay pane, after the basemap and the areas' SVG and before the
// incident marks' canvases, whichever of them came first. Only modules loaded on demand use it.
import type * as L from 'leaflet';

const AREA_PANE = 'areaPane';

/** The pane's name, for a layer's `pane` option; made the first time it is asked for. */
export function areaPane(map: L.Map): string {
  if (map.getPane(AREA_PANE)) return AREA_PANE;
  const overlay = map.getPane('overlayPane') as HTMLElement;
  const pane = map.createPane(AREA_PANE, overlay);
  // Before the first canvas of incident marks, if one is there already.
  overlay.insertBefore(pane, overlay.querySelector(':scope > canvas'));
  // A pane is stacked above its siblings by its z-index: this one keeps their order. Its marks take no
  // pointer, nor does their SVG's box, which would hide the areas' paths from clicks (the canvas takes it back).
  pane.style.zIndex = 'auto';
  pane.style.pointerEvents = 'none';
  return AREA_PANE;
}
