// GeoJSON lines and rings as SVG path data in picture pixels.
import { num } from './svg-text';
import type { Projection } from './projection';

/** Lines (or rings, closed with Z) as one path's data. */
export function pathData(lines: readonly (readonly (readonly number[])[])[], projection: Projection, closed: boolean): string {
  let d = '';
  for (const line of lines) {
    line.forEach((pos, i) => {
      const [x, y] = projection.point(pos[0] as number, pos[1] as number);
      d += `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`;
    });
    if (closed && line.length > 0) d += 'Z';
  }
  return d;
}

/** A polygonal geometry's rings, every polygon's in turn. */
export function polygonRings(g: { type: string; coordinates: unknown }): number[][][] {
  if (g.type === 'Polygon') return g.coordinates as number[][][];
  if (g.type === 'MultiPolygon') return (g.coordinates as number[][][][]).flat();
  return [];
}

/** The point halfway along a line, by length in pixels (where Leaflet centres a line's tooltip). */
export function lineMidpoint(line: readonly (readonly number[])[], projection: Projection): [number, number] {
  const pts = line.map((p) => projection.point(p[0] as number, p[1] as number));
  let total = 0;
  for (let i = 1; i < pts.length; i++) total += Math.hypot(pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]);
  let left = total / 2;
  for (let i = 1; i < pts.length; i++) {
    const [ax, ay] = pts[i - 1]!;
    const [bx, by] = pts[i]!;
    const seg = Math.hypot(bx - ax, by - ay);
    if (seg >= left && seg > 0) return [ax + ((bx - ax) * left) / seg, ay + ((by - ay) * left) / seg];
    left -= seg;
  }
  return pts[0] ?? [0, 0];
}
