// What the map frames at first: the sites placed to within a kilometre (vaguer positions may lie
// anywhere around), else every site, else the basemap, else the incidents' own points (a dataset of
// incidents only, as converted from an event list), so that a dataset whose sites file failed still
// shows its basemap and its problems rather than a broken map. A site's precision is its own, or, where
// it has none (an import's places), the vaguest of its incidents'; vague places are framed with the
// whole circle the map draws about them, not only its centre.
import { boundingBox } from './geo';
import type { Dataset, Incident, Site } from './types';

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
  // Loops rather than lists of shapes: an import has 100,000 incidents and tens of thousands of places,
  // and this runs while the reader waits for the imported map.
  const vague = vaguestAtSites(sites, incidents);
  const metresOf = (site: Site) => site.properties.location_precision_m ?? vague.get(site.id) ?? 0;
  const box = emptyBox();
  for (const site of sites) if (metresOf(site) <= PRECISE_M) growBox(box, site.geometry, 0);
  if (isEmpty(box)) for (const site of sites) growBox(box, site.geometry, metresOf(site));
  if (isEmpty(box)) for (const f of basemap) growBox(box, f.geometry, 0);
  if (isEmpty(box)) for (const { location: l } of incidents) if (l.point) growBox(box, { coordinates: l.point }, l.precision_m ?? 0);
  if (isEmpty(box)) throw new Error('there is nothing to place on the map: the dataset has no usable sites, no basemap and no incident with a point');
  return widened(box);
}

/** The vaguest incident at each site, for sites without a precision of their own (none is read when every site has one). */
function vaguestAtSites(sites: readonly Site[], incidents: readonly Incident[]): ReadonlyMap<string, number> {
  if (sites.every((x) => x.properties.location_precision_m !== undefined)) return new Map();
  const known = workedOut.get(incidents);
  if (known) return known;
  const vague = new VaguestAtSites();
  vague.add(incidents);
  return vague.bySite;
}

/**
 * The vaguest incident's precision at each site, worked out as incidents come (a loader taking an
 * import's 100,000 in batches): one pass over each batch as it arrives, rather than one over all of
 * them in the last step before the imported map is drawn, where it took 25–45 ms.
 */
export class VaguestAtSites {
  readonly bySite = new Map<string, number>();

  add(incidents: readonly Incident[]): void {
    for (let i = 0; i < incidents.length; i++) {
      const l = (incidents[i] as Incident).location;
      if (l.site === undefined || !l.precision_m) continue;
      const known = this.bySite.get(l.site);
      if (known === undefined || l.precision_m > known) this.bySite.set(l.site, l.precision_m);
    }
  }

  /** Says that these were worked out over exactly `incidents`: the first frame of a dataset with that list reads them. */
  workedOutFor(incidents: readonly Incident[]): void {
    workedOut.set(incidents, this.bySite);
  }
}

const workedOut = new WeakMap<readonly Incident[], ReadonlyMap<string, number>>();

/** Sites placed to within this many metres are what a first frame shows (with their points alone). */
const PRECISE_M = 1000;

const emptyBox = (): Frame => [Infinity, Infinity, -Infinity, -Infinity];
const isEmpty = (box: Frame) => box[0] > box[2];

/** Grows `box` over a shape's own box grown by its uncertainty (metres) each way. */
function growBox(box: Frame, shape: { coordinates: unknown }, metres: number): void {
  const c = shape.coordinates;
  // A point's box is the point: most shapes here are points, and a box of each cost an array or two.
  const [w, s, e, n] = Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number' ? [c[0], c[1], c[0], c[1]] : boundingBox([shape]);
  if (!(w <= e)) return;
  const dLat = metres / METRES_PER_DEGREE;
  const dLon = dLat / Math.max(Math.cos(((s + n) / 2) * Math.PI / 180), 0.01);
  box[0] = Math.min(box[0], w - dLon); box[1] = Math.min(box[1], s - dLat);
  box[2] = Math.max(box[2], e + dLon); box[3] = Math.max(box[3], n + dLat);
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
