// What the map frames at first: the sites placed to within a kilometre (vaguer positions may lie
// anywhere around), else every site, else the basemap, else the incidents' own points (a dataset of
// incidents only, as converted from an event list), so that a dataset whose sites file failed still
// shows its basemap and its problems rather than a broken map.
import { boundingBox } from './geo';
import type { Dataset } from './types';

type Frame = [number, number, number, number];

/** [west, south, east, north] of what the map shows first; throws, with a reason, when there is nothing to place. */
export function initialFrame(dataset: Pick<Dataset, 'sites' | 'basemap' | 'incidents'>): Frame {
  const precise = dataset.sites.filter((x) => (x.properties.location_precision_m ?? 0) <= 1000);
  const geometries = [precise, dataset.sites, dataset.basemap].find((list) => list.length > 0)?.map((f) => f.geometry)
    ?? dataset.incidents.flatMap((i) => (i.location.point ? [{ coordinates: i.location.point }] : []));
  if (!geometries.length) throw new Error('there is nothing to place on the map: the dataset has no usable sites, no basemap and no incident with a point');
  return boundingBox(geometries);
}

/**
 * The least zoom a map of this frame allows: 10 for a city; for a wider frame, the zoom at which the
 * whole frame shrinks to a tile's width (256 pixels) or less. From its span alone, so that a map not
 * yet laid out, and a picture, get the same.
 */
export const frameMinZoom = ([w, s, e, n]: Frame): number => Math.min(10, Math.floor(Math.log2(360 / Math.max(e - w, n - s, 1e-9))));
