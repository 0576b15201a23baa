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
export function needsCountryBorders({ sites, basemap, incidents }: Pick<Dataset, 'sites' | 'basemap' | 'incidents'>): boolean {
  // Read point by point, without a list of them: an import places 100,000 incidents.
  const placedPoints = function* () {
    for (const i of incidents) {
      if (i.location.point) yield i.location.point;
      if (i.origin?.point) yield i.origin.point;
    }
  };
  if (basemap.length === 0) return sites.length > 0 || !placedPoints().next().done;
  const placed: [number, number, number, number] = sites.length > 0 ? boundingBox(sites.map((x) => x.geometry)) : [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of placedPoints()) {
    placed[0] = Math.min(placed[0], lon); placed[1] = Math.min(placed[1], lat);
    placed[2] = Math.max(placed[2], lon); placed[3] = Math.max(placed[3], lat);
  }
  const [w, s, e, n] = placed;
  if (!(w <= e)) return false;
  const [bw, bs, be, bn] = boundingBox(basemap.map((f) => f.geometry));
  const dx = (be - bw) * BASEMAP_MARGIN;
  const dy = (bn - bs) * BASEMAP_MARGIN;
  return w < bw - dx || s < bs - dy || e > be + dx || n > bn + dy;
}
