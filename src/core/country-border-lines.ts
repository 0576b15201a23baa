// Country borders and coastlines as lines, from Natural Earth's countries in TopoJSON (the world-atlas
// package): each shared arc once, so a border is one thin line, not two countries' outlines on top of
// each other. Only the stretches of line that reach into a box are kept: a map of one country draws
// those around it, not the world's (nor the whole of a continent's coast).
import { mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Box } from './border-detail';
import type { Position } from './types';

export type { Box };

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
    (mesh(topology as Topology, countries, filter).coordinates as Position[][]).flatMap((line) => stretchesIn(line, box));
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

/** The runs of a line's consecutive segments whose own bounding boxes meet the box. */
function stretchesIn(line: Position[], [w, s, e, n]: Box): Position[][] {
  const runs: Position[][] = [];
  let run: Position[] | null = null;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Position;
    const b = line[i] as Position;
    const meets = Math.min(a[0], b[0]) <= e && Math.max(a[0], b[0]) >= w && Math.min(a[1], b[1]) <= n && Math.max(a[1], b[1]) >= s;
    if (!meets) {
      run = null;
      continue;
    }
    if (run) run.push(b);
    else runs.push(run = [a, b]);
  }
  return runs;
}
