// Lets the bundler leave out the parts of Leaflet's code this app never uses (the layers
// control, video and SVG overlays, WMS tiles, the GeoJSON layer, the VML renderer). Leaflet defines each class as
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

/**
 * VML, the SVG renderer's fallback for Internet Explorer 8 and older: its test runs only where SVG is
 * missing, so in any browser this app supports `vml` is false. Said so, the VML code is never reached,
 * and the bundler leaves it out (about 0.5 KB gzipped of the first load).
 */
const NO_VML: readonly [RegExp, string][] = [
  [/\nvar vml = !svg\$1 && \(function \(\) \{[\s\S]*?\n\}\(\)\);\r?\n/, '\nvar vml = false;\n'],
  [/\nvar vmlCreate = \(function \(\) \{/, '\nvar vmlCreate = /* @__PURE__ */ (function () {'],
  [/\nvar create = Browser\.vml \? vmlCreate : svgCreate;\r?\n/, '\nvar create = svgCreate;\n'],
  [/\nif \(Browser\.vml\) \{\r?\n\tSVG\.include\(vmlMixin\);\r?\n\}\r?\n/, '\n'],
];

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
      for (const [pattern, replacement] of NO_VML) {
        if (!pattern.test(js)) {
          this.warn(`Leaflet's code has no match for ${pattern}: left whole`);
          return null;
        }
        js = js.replace(pattern, replacement);
      }
      js = js.replace(CLASS_DEFINITION, 'var $1 = /* @__PURE__ */ $2.extend(');
      return { code: js, map: null };
    },
  };
}
