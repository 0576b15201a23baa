// Rewrites the schematic district zones in data/sites.geojson from their estimated centres:
// `npx tsx scripts/derive-zones.ts [sites] [basemap]`. Running it twice changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Polygon, Position } from 'geojson';
import { deriveZones } from '../src/core/derive-zones';

interface Feature {
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: { centre?: Position } & Record<string, unknown>;
}
interface Collection { features: Feature[] }

/** Drawn on their own and cut out of the district cells: the security square is a compound, not a district. */
const FOOTPRINTS = ['security-square'];
/** The Jaghjagh: the sources make it Qudurbek's western edge and run it between the market and Qudurbek. */
const DIVIDER = 'jaghjagh-river';
/** The city outline the cells fill. */
const OUTLINE = 'city';
/**
 * How far an outer district reaches from its estimated centre, beyond the area between the centres.
 * The centres are guesses good to about a kilometre, and a district of a city this size is a kilometre
 * or two across: 900 m keeps each zone under 3 km² and leaves the places the sources name
 * apart (Golan and Berkila west of the Corniche, the airport south of it) in no district's zone.
 */
export const REACH_METRES = 900;

/** The sites file with every zone that has a `centre` given its derived shape; all else as it was. */
export function deriveSites(sites: Collection, basemap: Collection): Collection {
  const byId = (c: Collection, id: string) => {
    const f = c.features.find((x) => x.id === id);
    if (!f) throw new Error(`derive-zones: no feature "${id}"`);
    return f;
  };
  const zones = deriveZones({
    centres: sites.features.flatMap((f) => (f.properties.centre ? [{ id: f.id, centre: f.properties.centre }] : [])),
    outline: byId(basemap, OUTLINE).geometry as Polygon,
    footprints: FOOTPRINTS.map((id) => byId(sites, id).geometry as Polygon),
    divider: byId(basemap, DIVIDER).geometry.coordinates as Position[],
    reachMetres: REACH_METRES,
  });
  return {
    ...sites,
    features: sites.features.map((f) => {
      const zone = zones.get(f.id);
      return zone ? { ...f, geometry: zone } : f;
    }),
  };
}

/** The file's own formatting: two-space JSON and a final newline. */
export const formatGeoJson = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [sitesPath = 'data/sites.geojson', basemapPath = 'data/basemap.geojson'] = process.argv.slice(2);
  const before = readFileSync(sitesPath, 'utf8');
  const after = formatGeoJson(deriveSites(JSON.parse(before) as Collection, JSON.parse(readFileSync(basemapPath, 'utf8')) as Collection));
  if (after === before) {
    console.log(`${sitesPath}: the zones are already derived; nothing changed`);
  } else {
    writeFileSync(sitesPath, after);
    console.log(`${sitesPath}: zones rewritten from their centres`);
  }
}
