// What the map frames at first: the sites placed to within a kilometre (vaguer positions may lie
// anywhere around), else every site, else the basemap, else the incidents' own points (a dataset of
// incidents only, as converted from an event list), so that a dataset whose sites file failed still
// shows its basemap and its problems rather than a broken map. A site's precision is its own, or, where
// it has none (an import's places), the vaguest of its incidents'; vague places are framed with the
// whole circle the map draws about them, not only its centre.
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
export function initialFrame({ sites, basemap, incidents }: Pick<Dataset, 'sites' | 'basemap' | 'incidents'>): Frame {
  // The vaguest incident at each site, for a site without a precision of its own.
  const vague = new Map<string, number>();
  for (const { location: l } of incidents) if (l.site !== undefined && l.precision_m) vague.set(l.site, Math.max(vague.get(l.site) ?? 0, l.precision_m));
  const all = sites.map((x): Circle => [x.geometry, x.properties.location_precision_m ?? vague.get(x.id) ?? 0]);
  const precise = all.filter(([, metres]) => metres <= PRECISE_M).map(([shape]): Circle => [shape, 0]);
  const shapes = [precise, all, basemap.map((f): Circle => [f.geometry, 0])].find((list) => list.length > 0)
    ?? incidents.flatMap((i): Circle[] => (i.location.point ? [[{ coordinates: i.location.point }, i.location.precision_m ?? 0]] : []));
  if (!shapes.length) throw new Error('there is nothing to place on the map: the dataset has no usable sites, no basemap and no incident with a point');
  return widened(boundingBox(shapes.map(grown)));
}

/** Sites placed to within this many metres are what a first frame shows (with their points alone). */
const PRECISE_M = 1000;

/** A shape and the uncertainty about it, in metres. */
type Circle = [{ coordinates: unknown }, number];

/** A shape's box grown by its uncertainty each way, as its two corners. */
function grown([shape, metres]: Circle): { coordinates: number[][] } {
  const [w, s, e, n] = boundingBox([shape]);
  const dLat = metres / METRES_PER_DEGREE;
  const dLon = dLat / Math.max(Math.cos(((s + n) / 2) * Math.PI / 180), 0.01);
  return { coordinates: [[w - dLon, s - dLat], [e + dLon, n + dLat]] };
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
