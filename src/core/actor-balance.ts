// Who gained and who lost over a range: per actor, the areas whose controller at the range's end
// differs from its start, counted and measured in km². Net change between the ends: an area taken and
// retaken inside the range is neither gained nor lost, so every loss is some other actor's gain.
import { area } from '@turf/turf';
import type { AreaChange } from './changes';
import type { Dataset, Site } from './types';

type GeometryPrecision = Site['properties']['geometry_precision'];

/** Areas gained or lost by one actor. */
export interface AreaTally {
  /** Area ids, in the order of the changes given. */
  sites: string[];
  /** Total surface of the polygonal areas, km² (points have none). */
  km2: number;
  /** The least precise of the measured shapes: the figure is only as good as its roughest outline. */
  precision: GeometryPrecision;
  /** Areas drawn as points, counted but not measured. */
  unmeasured: number;
}

export interface ActorBalance {
  actor: string;
  gained: AreaTally;
  lost: AreaTally;
}

const ROUGHNESS: Record<GeometryPrecision, number> = { exact: 0, approximate: 1, schematic: 2 };

/** Sites by id, made once per list of sites: a range's end moves many times over the same dataset. */
const sitesById = new WeakMap<readonly Site[], Map<string, Site>>();
/** Each shape's surface in km², measured once: a shape never changes, and measuring is the costly part. */
const km2Of = new WeakMap<Site['geometry'], number>();

/** Per actor (in the dataset's actor order, then any unlisted id), the areas gained and lost between the ends. */
export function actorBalance(dataset: Pick<Dataset, 'actors' | 'sites'>, changes: readonly AreaChange[]): ActorBalance[] {
  let sites = sitesById.get(dataset.sites);
  if (!sites) sitesById.set(dataset.sites, sites = new Map(dataset.sites.map((s) => [s.id, s])));
  const byActor = new Map<string, ActorBalance>(dataset.actors.map((a) => [a.id, { actor: a.id, gained: emptyTally(), lost: emptyTally() }]));
  const balance = (actor: string): ActorBalance => {
    let b = byActor.get(actor);
    if (!b) {
      b = { actor, gained: emptyTally(), lost: emptyTally() };
      byActor.set(actor, b);
    }
    return b;
  };
  for (const c of changes) {
    if (c.before.controller === c.after.controller) continue;
    const site = sites.get(c.site);
    add(balance(c.before.controller).lost, c.site, site);
    add(balance(c.after.controller).gained, c.site, site);
  }
  return [...byActor.values()].filter((b) => b.gained.sites.length > 0 || b.lost.sites.length > 0);
}

function emptyTally(): AreaTally {
  return { sites: [], km2: 0, precision: 'exact', unmeasured: 0 };
}

function add(tally: AreaTally, id: string, site: Site | undefined): void {
  tally.sites.push(id);
  if (!site || site.geometry.type === 'Point') {
    tally.unmeasured++;
    return;
  }
  let km2 = km2Of.get(site.geometry);
  if (km2 === undefined) km2Of.set(site.geometry, km2 = area(site.geometry) / 1e6);
  tally.km2 += km2;
  const p = site.properties.geometry_precision;
  if (ROUGHNESS[p] > ROUGHNESS[tally.precision]) tally.precision = p;
}
