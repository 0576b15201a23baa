// Drops the parts of Leaflet's stylesheet this app never uses (layer switcher, default marker images,
// print rules, old-IE and VML rules) at build time. Leaflet's file stays the source; if its section
// markers change in an upgrade, the file is left whole and the build says so.
import type { Plugin } from 'vite';

const SECTIONS: [start: string, end: string | null][] = [
  ['/* layers control */', '/* attribution and scale controls */'],
  ['/* Printing */', null],
];

export function trimLeafletCss(): Plugin {
  return {
    name: 'trim-leaflet-css',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\?.*$/, '').endsWith('leaflet/dist/leaflet.css')) return null;
      let css = code;
      for (const [start, end] of SECTIONS) {
        const a = css.indexOf(start);
        const b = end === null ? css.length : css.indexOf(end);
        if (a < 0 || b < 0 || b < a) {
          this.warn(`Leaflet's stylesheet has no section "${start}": left whole`);
          return null;
        }
        css = css.slice(0, a) + css.slice(b);
      }
      // Rules only for Internet Explorer and VML, which this app does not support.
      css = css.replace(/[^{}]*(?:lvml|leaflet-vml|leaflet-oldie)[^{}]*\{[^}]*\}/g, '');
      return { code: css, map: null };
    },
  };
}
