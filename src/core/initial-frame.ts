// What the map frames at first: the sites placed to within a kilometre (vaguer positions may lie
// anywhere around), else every site, else the basemap, else the incidents' own points (a dataset of
// incidents only, as converted from an event list), so that a dataset whose sites file failed still
// shows its basemap and its problems rather than a broken map.
import { boundingBox } from './geo';
import type { Dataset } from './types';

type Frame = [number, number, number, number];

/**
 * The least a first frame spans, in metres each way: a dataset of one place (a CSV of one town's
 * events) would otherwise open at the greatest zoom, on a few metres around a point no event is
 * placed to within, with no room to pan. Two kilometres show the place and its surroundings; a city's
 * districts (the built-in dataset's frame is some ten kilometres) are framed as they are.
 */
const FRAME_MIN_SPAN_M = 2000;
/** Along a meridian (and the equator), on Leaflet's sphere: 2π × 6,378,137 m / 360. */
const METRES_PER_DEGREE = 111_320;

/** [west, south, east, north] of what the map shows first; throws, with a reason, when there is nothing to place. */
export function initialFrame(dataset: Pick<Dataset, 'sites' | 'basemap' | 'incidents'>): Frame {
  const precise = dataset.sites.filter((x) => (x.properties.location_precision_m ?? 0) <= 1000);
  const geometries = [precise, dataset.sites, dataset.basemap].find((list) => list.length > 0)?.map((f) => f.geometry)
    ?? dataset.incidents.flatMap((i) => (i.location.point ? [{ coordinates: i.location.point }] : []));
  if (!geometries.length) throw new Error('there is nothing to place on the map: the dataset has no usable sites, no basemap and no incident with a point');
  return widened(boundingBox(geometries));
}

/** The frame, grown about its centre to span at least FRAME_MIN_SPAN_M each way. */
function widened([w, s, e, n]: Frame): Frame {
  const halfLat = FRAME_MIN_SPAN_M / METRES_PER_DEGREE / 2;
  const halfLon = halfLat / Math.max(Math.cos(((s + n) / 2) * Math.PI / 180), 0.01);
  const [x, y] = [(w + e) / 2, (s + n) / 2];
  const [west, east] = e - w >= 2 * halfLon ? [w, e] : [x - halfLon, x + halfLon];
  const [south, north] = n - s >= 2 * halfLat ? [s, n] : [Math.max(-90, y - halfLat), Math.min(90, y + halfLat)];
  return [west, south, east, north];
}

/**
 * The least zoom a map of this frame allows: 10 for a city; for a wider frame, the zoom at which the
 * whole frame shrinks to a tile's width (256 pixels) or less. From its span alone, so that a map not
 * yet laid out, and a picture, get the same.
 */
export const frameMinZoom = ([w, s, e, n]: Frame): number => Math.min(10, Math.floor(Math.log2(360 / Math.max(e - w, n - s, 1e-9))));
