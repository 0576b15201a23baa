// In a range, every area that changed hands inside it marked as the map marks it
// (src/map/range-marks-layer.ts): an inner band in the colour of who held it as the range began,
// and a "was: <holder>" line under its name (under a point's mark, else on its centre), where it
// covers no line before it (core/label-fit.ts, as on the map).
import type { HandsChanged } from '../control-range';
import { siteCentre } from '../geo';
import type { Actor, Site } from '../types';
import { textDirection, type Picture } from './picture';
import { hasAreaLabel } from '../area-label';
import { pathData } from './svg-path';
import { tag, xml } from './svg-text';
import { labelsThatFit, wasLabelBox, type WasLabelBox } from '../label-fit';

const INSET_SCALE = 0.84;
const BAND_WEIGHT = 5;
const BAND_SHARE = 0.1;
const RING_RADIUS = 15;

export function rangeMarksSvg({ changed, sites, actors }: {
  changed: readonly HandsChanged[]; sites: ReadonlyMap<string, Site>; actors: ReadonlyMap<string, Actor>;
}, picture: Picture): { bands: string; labels: string } {
  let bands = '';
  const lines: { box: WasLabelBox; text: string; colour: string; site: string }[] = [];
  for (const change of changed) {
    const site = sites.get(change.site);
    if (!site) continue;
    const was = actors.get(change.before.controller);
    const colour = was?.colour ?? '#999999';
    const [lon, lat] = siteCentre(site) as [number, number];
    const [x, y] = picture.projection.point(lon, lat);
    const point = site.geometry.type === 'Point';
    const common = { fill: 'none', stroke: colour, 'stroke-opacity': 0.95, 'data-was': change.before.controller, 'data-site': site.id };
    if (point) {
      bands += tag('circle', { cx: x, cy: y, r: RING_RADIUS, 'stroke-width': 3, ...common, class: 'area-was' });
    } else {
      // The outline shrunk toward the centre: a band inside the area, near its edge.
      const g = site.geometry;
      const rings = (g.type === 'Polygon' ? [g.coordinates[0]] : g.type === 'MultiPolygon' ? g.coordinates.map((p) => p[0]) : []) as number[][][];
      const inset = rings.map((ring) => ring.map(([px, py]) => [lon + ((px as number) - lon) * INSET_SCALE, lat + ((py as number) - lat) * INSET_SCALE]));
      const pts = inset.flat().map(([px, py]) => picture.projection.point(px as number, py as number));
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      const size = Math.min(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / INSET_SCALE;
      bands += tag('path', {
        d: pathData(inset, picture.projection, true), 'stroke-width': Math.max(1.5, Math.min(BAND_WEIGHT, size * BAND_SHARE)),
        'stroke-linejoin': 'round', ...common, class: 'area-was',
      });
    }
    const below = point ? RING_RADIUS + 2 : hasAreaLabel(site) ? 0.75 * 11 * picture.unit : null;
    const text = picture.words.wasHolder(was?.short ?? change.before.controller);
    lines.push({ box: wasLabelBox({ x, y, below, text }, picture.unit), text, colour, site: site.id });
  }
  const shown = labelsThatFit(lines.map((l) => l.box));
  const labels = lines.filter((_, i) => shown[i]).map((line) => wasLabel(line, picture)).join('');
  // The labels go above every mark, as the map puts them in its tooltip pane.
  return { bands: `<g class="range-marks">${bands}</g>`, labels: `<g class="range-labels">${labels}</g>` };
}

/** The label on a white ground with a swatch before its text, in its box. */
function wasLabel({ box, text, colour, site }: { box: WasLabelBox; text: string; colour: string; site: string }, picture: Picture): string {
  const u = picture.unit;
  const { left, top, width: w, height: h, size, swatch, gap, pad } = box;
  // The swatch comes first in reading order: on the left, or on the right in Arabic.
  const swatchX = picture.rtl ? left + w - pad - swatch : left + pad;
  const textX = picture.rtl ? swatchX - gap : swatchX + swatch + gap;
  return tag('g', { class: 'area-was-label', 'data-site': site },
    tag('rect', { x: left, y: top, width: w, height: h, rx: 3 * u, fill: '#ffffff', 'fill-opacity': 0.85 })
    + tag('rect', { x: swatchX, y: top + (h - swatch) / 2, width: swatch, height: swatch, fill: colour, stroke: '#222222', 'stroke-width': 1 })
    + tag('text', {
      x: textX, y: top + h / 2, dy: '0.35em', 'text-anchor': 'start', 'font-size': size, 'font-weight': 700, 'font-style': 'italic',
      fill: '#111111', ...textDirection(picture),
    }, xml(text)));
}
