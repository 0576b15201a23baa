// Nudges marks that would overlap on screen to free spots nearby, so each stays visible and clickable:
// the map and the pictures place their marks by this one rule.

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/** Offsets tried in turn: a ring of spots around the true position, nearest first. */
function candidateOffsets(step: number): [number, number][] {
  const out: [number, number][] = [[0, 0]];
  for (let ring = 1; ring <= 3; ring++) {
    const n = 6 * ring;
    for (let k = 0; k < n; k++) {
      const a = (2 * Math.PI * k) / n;
      out.push([Math.round(Math.cos(a) * step * ring), Math.round(Math.sin(a) * step * ring)]);
    }
  }
  return out;
}

/**
 * Places markers of `size` pixels in the given order; each takes the first candidate spot that
 * keeps it at least `size` away from the obstacles and the ones placed before. Returns offsets in pixels.
 */
export function placeMarkers(
  points: readonly ScreenPoint[], size: number, obstacles: readonly { x: number; y: number }[] = [],
): Map<string, [number, number]> {
  const offsets = candidateOffsets(size);
  const placed: { x: number; y: number }[] = [...obstacles];
  const result = new Map<string, [number, number]>();
  const minSq = (size - 2) * (size - 2);
  for (const p of points) {
    let chosen: [number, number] = [0, 0];
    for (const o of offsets) {
      const x = p.x + o[0];
      const y = p.y + o[1];
      if (placed.every((q) => (q.x - x) ** 2 + (q.y - y) ** 2 >= minSq)) {
        chosen = o;
        break;
      }
    }
    placed.push({ x: p.x + chosen[0], y: p.y + chosen[1] });
    result.set(p.id, chosen);
  }
  return result;
}
