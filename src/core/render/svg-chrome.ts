// The picture's frame: a heading band (title and time) above the map and a credits band below it,
// each on a white ground over the map's edge, written from the right in Arabic.
import { textDirection, type Picture } from './picture';
import { tag, xml } from './svg-text';
import { fitText } from './text-width';

export const headerHeight = (picture: Picture) => 62 * picture.unit;
export const footerHeight = (picture: Picture) => 38 * picture.unit;
export const margin = (picture: Picture) => 14 * picture.unit;

/** Text at the leading edge: the left, or the right in Arabic (where `start` is the right edge). */
function leading(picture: Picture, y: number, size: number, attrs: Record<string, string | number>, text: string): string {
  const m = margin(picture);
  return tag('text', { x: picture.rtl ? picture.width - m : m, y, 'font-size': size, 'text-anchor': 'start', ...textDirection(picture), ...attrs }, xml(text));
}

export function headerSvg({ title, time }: { title: string; time: string }, picture: Picture): string {
  const u = picture.unit;
  const h = headerHeight(picture);
  const room = picture.width - 2 * margin(picture);
  return tag('g', { class: 'heading' },
    tag('rect', { x: 0, y: 0, width: picture.width, height: h, fill: '#ffffff', 'fill-opacity': 0.95 })
    + tag('path', { d: `M0 ${h}H${picture.width}`, stroke: '#bbbbbb', 'stroke-width': 1 })
    + leading(picture, 27 * u, 21 * u, { 'font-weight': 700, fill: '#111111', class: 'title' }, picture.words.isolate(fitText(title, 21 * u, room, true)))
    + leading(picture, 50 * u, 14.5 * u, { fill: '#333333', class: 'time' }, fitText(time, 14.5 * u, room)));
}

export function footerSvg(lines: readonly string[], picture: Picture): string {
  const u = picture.unit;
  const h = footerHeight(picture);
  const top = picture.height - h;
  const size = 10.5 * u;
  const room = picture.width - 2 * margin(picture);
  return tag('g', { class: 'credits' },
    tag('rect', { x: 0, y: top, width: picture.width, height: h, fill: '#ffffff', 'fill-opacity': 0.95 })
    + tag('path', { d: `M0 ${top}H${picture.width}`, stroke: '#bbbbbb', 'stroke-width': 1 })
    + lines.map((line, i) => leading(picture, top + 15 * u + i * 14 * u, size, { fill: '#444444' }, fitText(line, size, room))).join(''));
}

/**
 * The band under the heading on a picture of data that is not the publisher's own: drawn over the
 * map's top edge, so that it cannot be cropped off with the credits or change the picture's frame.
 */
export function originBandSvg(text: string, picture: Picture): string {
  const u = picture.unit;
  const top = headerHeight(picture);
  const h = 20 * u;
  const size = 11.5 * u;
  return tag('g', { class: 'data-origin' },
    tag('rect', { x: 0, y: top, width: picture.width, height: h, fill: '#fff3cd' })
    + tag('path', { d: `M0 ${top + h}H${picture.width}`, stroke: '#8a6100', 'stroke-width': 1.5 * u })
    + leading(picture, top + 14 * u, size, { 'font-weight': 700, fill: '#1b1b1b' }, fitText(text, size, picture.width - 2 * margin(picture), true)));
}
