// Whether the map needs country borders under the data (Natural Earth's, loaded on demand): when the
// dataset's own basemap cannot place its data, because it has none, or because the bounding box of
// its sites and its incidents' points (where they happened, and where fire came from) is not inside
// the basemap's.
import { boundingBox } from './geo';
import type { Dataset } from './types';

/** True when the dataset has no basemap, or places sites or incidents outside its basemap's bounding box. */
export function needsCountryBorders(dataset: Pick<Dataset, 'sites' | 'basemap' | 'incidents'>): boolean {
  const placed = [
    ...dataset.sites.map((s) => s.geometry),
    ...dataset.incidents.flatMap((i) => [i.location.point, i.origin?.point].flatMap((p) => (p ? [{ coordinates: p }] : []))),
  ];
  if (dataset.basemap.length === 0) return placed.length > 0;
  if (placed.length === 0) return false;
  const [w, s, e, n] = boundingBox(placed);
  const [bw, bs, be, bn] = boundingBox(dataset.basemap.map((f) => f.geometry));
  return w < bw || s < bs || e > be || n > bn;
}
