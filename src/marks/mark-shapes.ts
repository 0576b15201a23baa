// One shape per incident layer, for marks too small for the type glyphs (the timeline's rows, the
// map's crowded mode). Drawn in the layer's colour, so that colour is never the only cue.
// Which shape and colour a layer has is the dataset's (its vocabulary's incident_layers).
import type { MarkShape } from '../core/default-vocabulary';
import type { IncidentLayerEntry } from '../core/vocabulary';

export type { MarkShape };

const cornerCache = new Map<string, [number, number][]>();

/** Corners of a shape of about radius r around 0,0 (none for the circle); made once per shape and size. */
export function corners(shape: MarkShape, r: number): [number, number][] {
  const key = `${shape} ${r}`;
  let hit = cornerCache.get(key);
  if (!hit) {
    hit = makeCorners(shape, r);
    cornerCache.set(key, hit);
  }
  return hit;
}

function makeCorners(shape: MarkShape, r: number): [number, number][] {
  const a = r * 0.85;
  const t = r * 0.4;
  switch (shape) {
    case 'circle': return [];
    case 'triangle': return [[0, -r * 1.15], [r * 1.1, r * 0.8], [-r * 1.1, r * 0.8]];
    case 'square': return [[-a, -a], [a, -a], [a, a], [-a, a]];
    case 'plus': return [[-t, -r], [t, -r], [t, -t], [r, -t], [r, t], [t, t], [t, r], [-t, r], [-t, t], [-r, t], [-r, -t], [-t, -t]];
  }
}

/** Adds the shape at x, y to the canvas's current path (callers fill many marks at once). */
export function traceMark(ctx: CanvasPath, shape: MarkShape, x: number, y: number, r: number): void {
  const points = corners(shape, r);
  if (points.length === 0) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
    return;
  }
  for (let i = 0; i < points.length; i++) {
    const [dx, dy] = points[i] as [number, number];
    if (i === 0) ctx.moveTo(x + dx, y + dy);
    else ctx.lineTo(x + dx, y + dy);
  }
  ctx.closePath();
}

/** The mark of a layer as SVG, for the legend. */
export function layerMarkHtml(layer: Pick<IncidentLayerEntry, 'mark' | 'colour'>): string {
  const shape = layer.mark;
  const paint = `fill="${layer.colour}" stroke="#ffffff" stroke-width="0.6"`;
  const body = shape === 'circle'
    ? `<circle r="5" ${paint}/>`
    : `<polygon points="${corners(shape, 5).map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ')}" ${paint}/>`;
  return `<svg viewBox="-7 -7 14 14" width="100%" height="100%" aria-hidden="true" focusable="false">${body}</svg>`;
}
