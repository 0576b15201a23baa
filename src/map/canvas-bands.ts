// A range's bands (range-marks-layer.ts) drawn on the areas' canvas (area-canvas.ts) over the areas,
// where there are many: as an SVG path each, every band added by a step of the range's end laid out
// and rasterised the pane's SVG anew. Kept by area; the canvas draws anew only the places of those
// added or dropped since its last drawing.
import type * as L from 'leaflet';
import { BAND_OPACITY, bandWeight, RING_RADIUS, RING_WEIGHT } from './band-look';
import { shapeAtZoom, traceShape, type KeepsShape, type Shape } from './projected-shape';

/** One area's band: its inset outline, or (a site held as a point) a ring around its mark. */
export type CanvasBand = { colour: string } & ({ rings: L.LatLngTuple[][] } | { point: L.LatLngTuple });

/** Where a range's marks put their bands when the areas are on a canvas. */
export interface BandSink {
  /** Draws `band` as the band of area `id` (replacing the one it had), or none. */
  setBand(id: string, band: CanvasBand | null): void;
}

/** A rectangle of the canvas, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Kept extends KeepsShape {
  band: CanvasBand;
}

/** Where and at which zoom the canvas draws. */
export interface BandView {
  map: L.Map;
  zoom: number;
  /** World pixels at the canvas's top-left corner. */
  origin: L.Point;
}

export class CanvasBands {
  private readonly bands = new Map<string, Kept>();
  /** Bands added or dropped since the last drawing: their places are drawn anew. */
  private changed: Kept[] = [];

  /** Sets or drops the band of area `id`. */
  set(id: string, band: CanvasBand | null): void {
    const old = this.bands.get(id);
    if (old) this.changed.push(old);
    if (band) {
      const kept = { band };
      this.bands.set(id, kept);
      this.changed.push(kept);
    } else {
      this.bands.delete(id);
    }
  }

  /** The places of the bands added or dropped since the last drawing. */
  changedBoxes(view: BandView): Box[] {
    return this.changed.map((kept) => this.boxOf(kept, view));
  }

  /** The next drawing draws only what changes after this one. */
  drawn(): void {
    this.changed = [];
  }

  /** Draws every band that reaches into `box`. */
  paint(ctx: CanvasRenderingContext2D, box: Box, view: BandView): void {
    ctx.globalAlpha = BAND_OPACITY;
    ctx.setLineDash([]);
    for (const kept of this.bands.values()) {
      const { x, y, width, height } = this.boxOf(kept, view);
      if (x > box.x + box.width || x + width < box.x || y > box.y + box.height || y + height < box.y) continue;
      ctx.strokeStyle = kept.band.colour;
      if ('point' in kept.band) {
        const p = view.map.project(kept.band.point, view.zoom);
        ctx.beginPath();
        ctx.arc(p.x - view.origin.x, p.y - view.origin.y, RING_RADIUS, 0, 2 * Math.PI);
        ctx.lineWidth = RING_WEIGHT;
      } else {
        const shape = this.shapeOf(kept, view);
        traceShape(ctx, shape, view.origin);
        ctx.lineWidth = weightOf(shape);
      }
      ctx.stroke();
    }
  }

  private boxOf(kept: Kept, view: BandView): Box {
    if ('point' in kept.band) {
      const p = view.map.project(kept.band.point, view.zoom);
      const r = RING_RADIUS + RING_WEIGHT;
      return { x: Math.floor(p.x - view.origin.x - r), y: Math.floor(p.y - view.origin.y - r), width: 2 * r + 1, height: 2 * r + 1 };
    }
    const shape = this.shapeOf(kept, view);
    const m = weightOf(shape) / 2 + 2;
    return { x: Math.floor(shape.minX - view.origin.x - m), y: Math.floor(shape.minY - view.origin.y - m), width: Math.ceil(shape.maxX - shape.minX + 2 * m) + 1, height: Math.ceil(shape.maxY - shape.minY + 2 * m) + 1 };
  }

  private shapeOf(kept: Kept, { map, zoom }: BandView): Shape {
    return shapeAtZoom(kept, map, 'rings' in kept.band ? kept.band.rings : [], zoom);
  }
}

/** A band's width at the zoom its shape was projected at, as the SVG band's (range-marks-layer.ts). */
function weightOf(shape: Shape): number {
  return bandWeight(Math.min(shape.maxX - shape.minX, shape.maxY - shape.minY));
}
