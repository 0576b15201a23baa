// The legend: who holds the areas shown, the keys of how areas are drawn (contested, changed hands,
// schematic, a range's band), and the incident types shown, each with the mark the map draws.
import type { Actor, IncidentType } from '../types';
import { layerName, typeName } from '../vocabulary';
import { textDirection, type Picture } from './picture';
import { hatchId } from './svg-areas';
import { glyphId, layerShape } from './svg-incidents';
import { num, tag, xml } from './svg-text';
import { textWidth, wrapText } from './text-width';

export interface LegendContents {
  holders: readonly Actor[];
  /** The actor whose hatch shows the contested key; null when nothing contested is shown. */
  contested: string | null;
  recent: boolean;
  schematic: boolean;
  band: boolean;
  types: readonly IncidentType[];
  /** The incidents are drawn by layer (a crowded picture). */
  dense: boolean;
  fireLine: boolean;
  /** The kind of uncertainty circle drawn: orange for fire, grey for a selected incident's position. */
  uncertainty: 'fire' | 'position' | null;
}

type Swatch = (x: number, y: number, w: number, h: number) => string;
type Entry = { heading: string } | { swatch: Swatch; text: string; data?: string };

const box = (paint: Record<string, string | number>): Swatch => (x, y, w, h) => tag('rect', { x, y, width: w, height: h, ...paint });

function entries(c: LegendContents, picture: Picture): Entry[] {
  const w = picture.words;
  const out: Entry[] = [];
  const areaKeys: Entry[] = [];
  if (c.contested) areaKeys.push({ swatch: box({ fill: `url(#${hatchId(c.contested)})`, 'fill-opacity': 0.85, stroke: '#3a3a3a', 'stroke-width': 1 }), text: w.contested });
  if (c.recent) areaKeys.push({ swatch: box({ fill: '#ffffff', stroke: '#111111', 'stroke-width': 2.5 }), text: w.recent });
  if (c.schematic) areaKeys.push({ swatch: box({ fill: '#ffffff', stroke: '#3a3a3a', 'stroke-width': 1.2, 'stroke-dasharray': '4 3' }), text: w.schematic });
  if (c.band) {
    areaKeys.push({
      swatch: (x, y, sw, h) => tag('rect', { x, y, width: sw, height: h, fill: '#dddddd', stroke: '#3a3a3a', 'stroke-width': 1 })
        + tag('rect', { x: x + 3.5, y: y + 3.5, width: sw - 7, height: h - 7, fill: 'none', stroke: '#777777', 'stroke-width': 2.5 }),
      text: w.band,
    });
  }
  if (c.holders.length > 0 || areaKeys.length > 0) out.push({ heading: w.heldBy });
  for (const actor of c.holders) {
    out.push({ swatch: box({ fill: actor.colour, 'fill-opacity': 0.42, stroke: '#3a3a3a', 'stroke-width': 1.2 }), text: actor.short, data: actor.id });
  }
  out.push(...areaKeys);
  const incidentKeys: Entry[] = [];
  if (c.dense) {
    const { vocabulary, lang } = picture;
    const layers = [...new Set(c.types.map((t) => vocabulary.typeById.get(t)?.layer))];
    for (const layer of layers) {
      const type = c.types.find((t) => vocabulary.typeById.get(t)?.layer === layer);
      if (layer === undefined || type === undefined) continue;
      incidentKeys.push({
        swatch: (x, y, sw, h) => layerShape({ type, vocabulary, x: x + sw / 2, y: y + h / 2, r: 5 }),
        text: layerName(vocabulary, layer, { lang, builtIn: w.layers }), data: layer,
      });
    }
  } else {
    for (const type of c.types) {
      incidentKeys.push({
        swatch: (x, y, sw, h) => {
          const size = Math.min(sw, h) + 4;
          return tag('use', { href: `#${glyphId(type)}`, transform: `translate(${num(x + (sw - size) / 2)} ${num(y + (h - size) / 2)}) scale(${num(size / 24, 4)})` });
        },
        text: typeName(picture.vocabulary, type, { lang: picture.lang, builtIn: w.incidentTypes }), data: type,
      });
    }
  }
  if (c.fireLine) incidentKeys.push({ swatch: (x, y, sw, h) => tag('path', { d: `M${num(x)} ${num(y + h / 2)}H${num(x + sw)}`, stroke: '#d55e00', 'stroke-width': 2.5, 'stroke-dasharray': '6 5' }), text: w.fireLine });
  if (c.uncertainty) {
    const fire = c.uncertainty === 'fire';
    incidentKeys.push({
      swatch: (x, y, sw, h) => tag('circle', {
        cx: x + sw / 2, cy: y + h / 2, r: h / 2, fill: fire ? '#d55e00' : '#777777', 'fill-opacity': fire ? 0.1 : 0.06,
        stroke: fire ? '#d55e00' : '#444444', 'stroke-width': 1.2, 'stroke-dasharray': '3 4',
      }),
      text: w.uncertainty,
    });
  }
  if (incidentKeys.length > 0) out.push({ heading: w.incidents }, ...incidentKeys);
  return out;
}

export interface Legend {
  width: number;
  /** Draws the legend with its top at `top`, on the right (in Arabic, the left) `margin` from the edge. */
  draw: (top: number, margin: number, maxHeight: number) => string;
  empty: boolean;
}

/** The legend, sized to its words (no wider than `maxWidth`). */
export function legend(contents: LegendContents, picture: Picture, maxWidth: number): Legend {
  const u = picture.unit;
  const list = entries(contents, picture);
  const pad = 10 * u;
  const sw = 18 * u;
  const sh = 13 * u;
  const gap = 7 * u;
  const size = 12 * u;
  const headSize = 12.5 * u;
  const line = 16 * u;
  const natural = Math.max(0, ...list.map((e) => ('heading' in e ? textWidth(e.heading, headSize, true) : sw + gap + textWidth(e.text, size))));
  const width = Math.min(maxWidth, natural + 2 * pad);
  const textRoom = width - 2 * pad - sw - gap;
  const draw = (top: number, margin: number, maxHeight: number): string => {
    const left = picture.rtl ? margin : picture.width - margin - width;
    const start = left + pad;
    const end = left + width - pad;
    let y = top + pad;
    let body = '';
    for (const [i, e] of list.entries()) {
      const lines = 'heading' in e ? [e.heading] : wrapText(e.text, size, textRoom);
      const height = lines.length * line + ('heading' in e && i > 0 ? 6 * u : 0);
      // What does not fit is left out rather than drawn past the legend's box.
      if (y + height - top + pad > maxHeight) break;
      if ('heading' in e) {
        if (i > 0) y += 6 * u;
        body += tag('text', { x: picture.rtl ? end : start, y: y + line * 0.72, 'font-size': headSize, 'font-weight': 700, fill: '#111111', 'text-anchor': 'start', ...textDirection(picture) }, xml(e.heading));
        y += line;
        continue;
      }
      const swatchX = picture.rtl ? end - sw : start;
      const textX = picture.rtl ? swatchX - gap : swatchX + sw + gap;
      let row = e.swatch(swatchX, y + (line - sh) / 2, sw, sh);
      lines.forEach((text, k) => {
        row += tag('text', { x: textX, y: y + k * line + line * 0.72, 'font-size': size, fill: '#222222', 'text-anchor': 'start', ...textDirection(picture) }, xml(text));
      });
      body += tag('g', { 'data-legend': e.data }, row);
      y += lines.length * line;
    }
    const height = y - top + pad;
    return tag('g', { class: 'legend' },
      tag('rect', { x: left, y: top, width, height, rx: 4 * u, fill: '#ffffff', 'fill-opacity': 0.94, stroke: '#bbbbbb', 'stroke-width': 1 }) + body);
  };
  return { width, draw, empty: list.length === 0 };
}
