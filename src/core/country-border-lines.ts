// Country borders and coastlines as lines, from Natural Earth's countries in TopoJSON (the world-atlas
// package): each shared arc once, so a border is one thin line, not two countries' outlines on top of
// each other. Only the lines that reach into a box are kept: a map of one country draws a few
// hundred of them, not the world's.
import { mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Position } from './types';

/** [west, south, east, north] in degrees. */
export type Box = readonly [number, number, number, number];

export interface BorderLines {
  /** Lines between two countries. */
  borders: Position[][];
  /** Lines between a country and the sea. */
  coasts: Position[][];
}

/** The borders and coasts of a world-atlas `countries-*.json` that reach into `box`; throws, saying why, for another file. */
export function countryBorderLines(topology: unknown, box: Box): BorderLines {
  const countries = countriesOf(topology);
  const lines = (filter: (a: GeometryObject, b: GeometryObject) => boolean) =>
    (mesh(topology as Topology, countries, filter).coordinates as Position[][]).filter((line) => reaches(line, box));
  return { borders: lines((a, b) => a !== b), coasts: lines((a, b) => a === b) };
}

function countriesOf(topology: unknown): GeometryCollection<object> {
  const t = topology as Partial<Topology<{ countries: GeometryCollection<object> }>> | null;
  const countries = t?.type === 'Topology' ? t.objects?.countries : undefined;
  if (countries?.type !== 'GeometryCollection' || !Array.isArray(t?.arcs)) {
    throw new Error('is not a TopoJSON topology with a "countries" collection (world-atlas countries-*.json)');
  }
  return countries;
}

/** Whether the line's own bounding box meets the box. */
function reaches(line: Position[], [w, s, e, n]: Box): boolean {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of line) {
    west = Math.min(west, lon); east = Math.max(east, lon);
    south = Math.min(south, lat); north = Math.max(north, lat);
  }
  return west <= e && east >= w && south <= n && north >= s;
}
