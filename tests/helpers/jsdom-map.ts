// A Leaflet map in jsdom for the map layers' unit tests: jsdom lays nothing out, so the map's box is
// given; the map and the page are cleared after each test.
import * as L from 'leaflet';
import { afterEach } from 'vitest';

let map: L.Map | null = null;

/** Clears the map made by `jsdomMap` after each test of the file that calls this. */
export function clearMapsAfterEach(): void {
  afterEach(() => {
    map?.remove();
    map = null;
    document.body.replaceChildren();
  });
}

/** A map whose box is `width` × 400 px, over the built-in dataset's city. */
export function jsdomMap(width = 800): L.Map {
  const host = document.createElement('div');
  Object.defineProperty(host, 'clientWidth', { value: width, configurable: true });
  Object.defineProperty(host, 'clientHeight', { value: 400 });
  document.body.append(host);
  map = L.map(host, { fadeAnimation: false, zoomAnimation: false }).setView([37.05, 41.22], 14);
  return map;
}
