// Natural Earth's country borders and coasts in a picture, as the map draws them
// (map/country-borders.css): thin, under the basemap, coasts fainter than borders.
import type { BorderLines } from '../country-border-lines';
import type { Picture } from './picture';
import { pathData } from './svg-path';
import { tag } from './svg-text';

const COAST = { stroke: '#a9b8c2', 'stroke-width': 1, fill: 'none' };
const BORDER = { stroke: '#8c8170', 'stroke-width': 1.2, fill: 'none', 'stroke-dasharray': '6 3' };
const ROUND = { 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };

export function countryBordersSvg(lines: BorderLines, picture: Picture): string {
  const coasts = pathData(lines.coasts, picture.projection, false);
  const borders = pathData(lines.borders, picture.projection, false);
  return tag('g', { class: 'country-borders' },
    (coasts ? tag('path', { d: coasts, ...COAST, ...ROUND, class: 'country-coast' }) : '')
    + (borders ? tag('path', { d: borders, ...BORDER, ...ROUND, class: 'country-border' }) : ''));
}
