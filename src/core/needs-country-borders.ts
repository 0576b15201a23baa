// Whether the map needs country borders under the data (Natural Earth's, loaded on demand): when the
// dataset's own basemap cannot place its data, because it has none, or because its data reaches
// beyond it. "Beyond" is measured on bounding boxes: that of its sites and its incidents' points (where
// they happened, and where fire came from) against the basemap's, grown by half its width and height
// on each side, so that a place drawn just past the edge of a city's basemap (a placeholder position
// on the outskirts) does not bring in the world's borders.
import { boundingBox } from './geo';
import type { Dataset } from './types';

/** How far past its basemap's bounding box a dataset may place things, as a share of the box's width and height. */
const BASEMAP_MARGIN = 0.5;

/** True when the dataset has no basemap, or places sites or incidents well outside its basemap's bounding box. */
export function needsCountryBorders(dataset: Pick<Dataset, 'sites' | 'basemap' | 'incidents'>): boolean {
  const placed = [
    ...dataset.sites.map((s) => s.geometry),
    ...dataset.incidents.flatMap((i) => [i.location.point, i.origin?.point].flatMap((p) => (p ? [{ coordinates: p }] : []))),
  ];
  if (dataset.basemap.length === 0) return placed.length > 0;
  if (placed.length === 0) return false;
  const [w, s, e, n] = boundingBox(placed);
  const [bw, bs, be, bn] = boundingBox(dataset.basemap.map((f) => f.geometry));
  const dx = (be - bw) * BASEMAP_MARGIN;
  const dy = (bn - bs) * BASEMAP_MARGIN;
  return w < bw - dx || s < bs - dy || e > be + dx || n > bn + dy;
}
