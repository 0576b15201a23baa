// The pictures' Web Mercator (src/core/render/projection.ts) against Leaflet's own: the same pixels
// for the same view, and a pixel as long as Leaflet's scale control measures it.
import { describe, expect, it } from 'vitest';
import * as L from 'leaflet';
import { projection } from '../../src/core/render/projection';

const VIEWS = [
  { zoom: 13.5, lat: 37.041765, lon: 41.243342 },
  { zoom: 16, lat: 37.045, lon: 41.245 },
  { zoom: 10, lat: -33.9, lon: 18.4 },
  { zoom: 4.5, lat: 60.2, lon: -150.1 },
];

describe('the pictures\' projection', () => {
  for (const view of VIEWS) {
    it(`puts points where Leaflet does at ${view.zoom}/${view.lat}/${view.lon}`, () => {
      const p = projection(view, { cx: 600, cy: 315 });
      const centre = L.CRS.EPSG3857.latLngToPoint(L.latLng(view.lat, view.lon), view.zoom);
      for (const [dLat, dLon] of [[0, 0], [0.01, -0.02], [-0.05, 0.03], [0.3, 0.4]] as const) {
        const lat = view.lat + dLat;
        const lon = view.lon + dLon;
        const q = L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lon), view.zoom);
        const [x, y] = p.point(lon, lat);
        expect(x).toBeCloseTo(600 + q.x - centre.x, 6);
        expect(y).toBeCloseTo(315 + q.y - centre.y, 6);
      }
    });

    it(`has pixels as long as Leaflet's scale measures them at ${view.zoom}/${view.lat}/${view.lon}`, () => {
      const p = projection(view, { cx: 0, cy: 0 });
      const centre = L.CRS.EPSG3857.latLngToPoint(L.latLng(view.lat, view.lon), view.zoom);
      const left = L.CRS.EPSG3857.pointToLatLng(centre, view.zoom);
      const right = L.CRS.EPSG3857.pointToLatLng(centre.add([100, 0]), view.zoom);
      const leaflet = L.CRS.Earth.distance(left, right) / 100;
      // Leaflet measures on a sphere of 6371 km, Web Mercator's scale is on one of 6378 km: 0.11 % apart.
      expect(Math.abs(p.metresPerPixel(view.lat) - leaflet) / leaflet).toBeLessThan(0.002);
    });
  }
});
