// Rings of lat-lngs projected to world pixels at one zoom, with their bounds: what the areas' canvas
// draws and hit-tests (area-canvas.ts, canvas-bands.ts), projected once per zoom rather than per drawing.
import type * as L from 'leaflet';

/** Rings in world pixels (x, y interleaved) and their bounds. */
export interface Shape {
  rings: Float64Array[];
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** `rings` projected at `zoom` on `map`. */
function projectShape(map: L.Map, rings: readonly L.LatLngTuple[][], zoom: number): Shape {
  const shape: Shape = { rings: [], minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const ring of rings) {
    const xy = new Float64Array(ring.length * 2);
    ring.forEach((latLng, i) => {
      const p = map.project(latLng, zoom);
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
      shape.minX = Math.min(shape.minX, p.x);
      shape.maxX = Math.max(shape.maxX, p.x);
      shape.minY = Math.min(shape.minY, p.y);
      shape.maxY = Math.max(shape.maxY, p.y);
    });
    shape.rings.push(xy);
  }
  return shape;
}

/** Something drawn that keeps its shape for the zoom it was last projected at. */
export interface KeepsShape {
  shape?: Shape;
  shapeZoom?: number;
}

/** The shape of `rings` at `zoom`, kept on `holder`: projected once per zoom, not per drawing. */
export function shapeAtZoom(holder: KeepsShape, map: L.Map, rings: readonly L.LatLngTuple[][], zoom: number): Shape {
  if (holder.shape && holder.shapeZoom === zoom) return holder.shape;
  holder.shapeZoom = zoom;
  return (holder.shape = projectShape(map, rings, zoom));
}

/** Traces a shape's rings as the current path, `origin` (world pixels) at the canvas's top-left corner. */
export function traceShape(ctx: CanvasRenderingContext2D, shape: Shape, origin: L.Point): void {
  ctx.beginPath();
  for (const ring of shape.rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const x = (ring[i] as number) - origin.x;
      const y = (ring[i + 1] as number) - origin.y;
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.closePath();
  }
}
