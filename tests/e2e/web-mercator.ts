// Where a longitude and latitude fall on screen in a Leaflet view (Web Mercator, 256-pixel tiles),
// worked out in the test, so that it points at a mark without asking the page where it is.

export interface Pixel {
  x: number;
  y: number;
}

/** A view: its zoom and its centre in world pixels at that zoom. */
export interface View {
  zoom: number;
  centre: Pixel;
}

const scaleAt = (zoom: number) => 256 * 2 ** zoom;

/** World pixels of [lon, lat] at a zoom, as Leaflet's EPSG:3857 projects them. */
export function toWorld([lon, lat]: readonly number[], zoom: number): Pixel {
  const scale = scaleAt(zoom);
  const sin = Math.sin(((lat as number) * Math.PI) / 180);
  return { x: scale * ((lon as number) / 360 + 0.5), y: scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) };
}

/** [lon, lat] of world pixels at a zoom. */
export function fromWorld({ x, y }: Pixel, zoom: number): [number, number] {
  const scale = scaleAt(zoom);
  const n = (0.5 - y / scale) * 4 * Math.PI;
  return [(x / scale - 0.5) * 360, (Math.asin(Math.tanh(n / 2)) * 180) / Math.PI];
}

/** The view `levels` zoom levels in, around the same centre (what the zoom-in button does). */
export function zoomedIn(view: View, levels: number): View {
  const f = 2 ** levels;
  return { zoom: view.zoom + levels, centre: { x: view.centre.x * f, y: view.centre.y * f } };
}

/** The view moved by a pan of dx, dy pixels (the map's content moves the other way). */
export function panned(view: View, dx: number, dy: number): View {
  return { zoom: view.zoom, centre: { x: view.centre.x + dx, y: view.centre.y + dy } };
}

/**
 * Screen position of [lon, lat] in a view shown in a box (the map's container on the page). Leaflet
 * rounds the world pixel of the container's corner (its pixel origin) to whole pixels: so does this.
 */
export function onScreen(position: readonly number[], view: View, box: { x: number; y: number; width: number; height: number }): Pixel {
  const world = toWorld(position, view.zoom);
  const corner = { x: Math.round(view.centre.x - Math.round(box.width) / 2), y: Math.round(view.centre.y - Math.round(box.height) / 2) };
  return { x: box.x + world.x - corner.x, y: box.y + world.y - corner.y };
}
