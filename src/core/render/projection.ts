// Web Mercator as Leaflet draws it (256 × 2^zoom pixels around the world), with a map view's centre
// at a given point of the picture: where each longitude and latitude falls, and how long a pixel is.
import type { MapView } from '../link-format';

/** Leaflet's Earth radius (EPSG:3857) and the latitude where its projection stops. */
const EARTH_RADIUS = 6378137;
const MAX_LATITUDE = 85.0511287798;

export interface Projection {
  /** Picture pixels of a longitude and latitude. */
  point: (lon: number, lat: number) => [number, number];
  /** How many metres one pixel spans at a latitude (the scale of Web Mercator grows toward the poles). */
  metresPerPixel: (lat: number) => number;
  view: MapView;
}

/** World pixels at zoom 0 (Leaflet's `project` divided by 2^zoom). */
export function worldPoint(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  const x = (256 * (lon + 180)) / 360;
  const y = 256 * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI));
  return [x, y];
}

/** The longitude and latitude of world pixels at zoom 0. */
export function worldToLonLat(x: number, y: number): [number, number] {
  const lon = (x / 256) * 360 - 180;
  const lat = ((2 * Math.atan(Math.exp((0.5 - y / 256) * 2 * Math.PI)) - Math.PI / 2) * 180) / Math.PI;
  return [lon, lat];
}

/** The projection that puts `view`'s centre at picture point (cx, cy). */
export function projection(view: MapView, { cx, cy }: { cx: number; cy: number }): Projection {
  const scale = 2 ** view.zoom;
  const [x0, y0] = worldPoint(view.lon, view.lat);
  return {
    view,
    point: (lon, lat) => {
      const [x, y] = worldPoint(lon, lat);
      return [cx + (x - x0) * scale, cy + (y - y0) * scale];
    },
    metresPerPixel: (lat) => (2 * Math.PI * EARTH_RADIUS * Math.cos((lat * Math.PI) / 180)) / (256 * scale),
  };
}
