// The scale bar: the longest round distance (1, 2, 3 or 5 times a power of ten, as Leaflet's scale
// control picks) that fits a length in pixels, at the latitude of the view's centre.
import { formatCount } from '../locale';
import type { Picture } from './picture';
import { textDirection } from './picture';
import { num, tag, xml } from './svg-text';

export interface ScaleBar { metres: number; pixels: number }

/** Leaflet's _getRoundNum. */
function roundNumber(n: number): number {
  const pow10 = 10 ** Math.floor(Math.log10(n));
  const d = n / pow10;
  return pow10 * (d >= 10 ? 10 : d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1);
}

export function scaleBar(metresPerPixel: number, maxPixels: number): ScaleBar {
  const metres = roundNumber(maxPixels * metresPerPixel);
  return { metres, pixels: metres / metresPerPixel };
}

export function scaleLabel(metres: number, picture: Picture): string {
  return metres >= 1000 ? picture.words.kilometres(formatCount(metres / 1000, picture.lang)) : picture.words.metres(formatCount(metres, picture.lang));
}

/** The bar at the bottom of the map, on the side away from the legend; its right end at x in Arabic. */
export function scaleBarSvg({ x, bottom }: { x: number; bottom: number }, picture: Picture): string {
  const u = picture.unit;
  const bar = scaleBar(picture.projection.metresPerPixel(picture.projection.view.lat), 110 * u);
  const size = 11 * u;
  const left = picture.rtl ? x - bar.pixels : x;
  const top = bottom - 20 * u;
  const label = scaleLabel(bar.metres, picture);
  return tag('g', { class: 'scale-bar', 'data-metres': bar.metres },
    tag('rect', { x: left - 2, y: top - 2, width: bar.pixels + 4, height: 20 * u + 2, fill: '#ffffff', 'fill-opacity': 0.8 })
    + tag('path', { class: 'scale-line', d: `M${num(left, 2)} ${num(top)}V${num(bottom)}H${num(left + bar.pixels, 2)}V${num(top)}`, fill: 'none', stroke: '#555555', 'stroke-width': 2 })
    + tag('text', {
      x: picture.rtl ? left + bar.pixels - 4 * u : left + 4 * u, y: bottom - 6 * u, 'font-size': size, fill: '#333333', 'text-anchor': 'start', ...textDirection(picture),
    }, xml(label)));
}
