// Lets the bundler leave out the parts of Leaflet's code this app never uses (the layers
// control, video and SVG overlays, WMS tiles, the GeoJSON layer). Leaflet defines each class as
// `var X = Base.extend({...})`, a call the bundler must keep unless told it has no side effects;
// the file's end then hangs the classes on namespaces (`Control.Layers = Layers`), which keeps them
// too. The build marks the definitions pure and drops those hooks, for the parts named below only.
// Leaflet's file stays the source; if a line is not found after an upgrade, the file is left whole
// and the build says so.
import type { Plugin } from 'vite';

/** Namespace hooks of classes the app does not use (none of them is read inside Leaflet). */
const UNUSED_HOOKS = [
  'Control.Layers = Layers;', 'control.layers = layers;',
  'TileLayer.WMS = TileLayerWMS;', 'tileLayer.wms = tileLayerWMS;',
  'GeoJSON.geometryToLayer = geometryToLayer;', 'GeoJSON.coordsToLatLng = coordsToLatLng;',
  'GeoJSON.coordsToLatLngs = coordsToLatLngs;', 'GeoJSON.latLngToCoords = latLngToCoords;',
  'GeoJSON.latLngsToCoords = latLngsToCoords;', 'GeoJSON.getFeature = getFeature;', 'GeoJSON.asFeature = asFeature;',
];

const CLASS_DEFINITION = /^var (\w+) = ([\w.]+)\.extend\(/gm;

export function trimLeafletJs(): Plugin {
  return {
    name: 'trim-leaflet-js',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\?.*$/, '').endsWith('leaflet/dist/leaflet-src.esm.js')) return null;
      let js = code;
      for (const hook of UNUSED_HOOKS) {
        const line = `\n${hook}\n`;
        if (!js.includes(line)) {
          this.warn(`Leaflet's code has no line "${hook}": left whole`);
          return null;
        }
        js = js.replace(line, '\n');
      }
      js = js.replace(CLASS_DEFINITION, 'var $1 = /* @__PURE__ */ $2.extend(');
      return { code: js, map: null };
    },
  };
}
