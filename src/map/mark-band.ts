// One canvas of the incident marks that share a fade. A mark keeps its fade until it fades further
// or leaves, so from step to step a band mostly gains new marks on top (drawn over what is there)
// and loses its oldest at the bottom (its box cleared and the band's marks there drawn again, clipped
// to it): a step draws a few marks, not the band. Split by fade, a band is sparse enough that the
// marks around a box are few, even where the whole map is crowded.
import * as L from 'leaflet';
import { markChanges } from './mark-changes';
import type { Sprite } from './mark-sprites';
import { PointGrid } from './point-grid';

/** What a band draws a mark with: an id, a look and a place (see point-canvas.ts). */
export type BandMark = object;

/** The part of the world the canvases cover, in world pixels at the zoom drawn, and the device pixels per CSS pixel. */
export interface BandView {
  x: number;
  y: number;
  width: number;
  height: number;
  ratio: number;
  /** The view as a key: a new one draws the band whole (a canvas's new size clears it, too). */
  key: string;
}

export interface BandDrawing<T extends BandMark> {
  /** The band's marks, in drawing order, and their world-pixel positions (x, y interleaved). */
  marks: readonly T[];
  xy: Float64Array;
  view: BandView;
  /** A mark's sprite at the view's pixel ratio (null: not drawn). */
  spriteOf: (mark: T) => Sprite | null;
  /** Every sprite's reach from the mark's centre in CSS pixels, and its side in device pixels. */
  half: number;
  side: number;
}

/**
 * What a drawing costs, counted in marks drawn (measured in Chromium drawing without a GPU): a box
 * redrawn (clip, clear, the marks around it) costs about three; drawing on a canvas the page already
 * shows costs about a hundred and fifty more (the browser copies its pixels first), which a canvas
 * cleared whole spares (for about fifty). A band is drawn whole when that is cheaper.
 */
const BOX_COST = 3;
const DRAW_ON_COST = 150;
const CLEAR_COST = 50;

export class MarkBand<T extends BandMark> {
  readonly canvas: HTMLCanvasElement;
  private held: { marks: readonly T[]; xy: Float64Array; view: string } | null = null;
  private readonly grid = new PointGrid({ cell: 32 });

  constructor(className: string) {
    this.canvas = L.DomUtil.create('canvas', className);
    // Every pointer event goes through to the areas beneath; the map's container finds the marks.
    this.canvas.style.pointerEvents = 'none';
    this.canvas.setAttribute('aria-hidden', 'true');
  }

  /** Forgets what was drawn: the next drawing is whole. */
  forget(): void {
    this.held = null;
  }

  /** Draws the band for these marks: whole for a new view or many changes, else only what changed. */
  draw(drawing: BandDrawing<T>): void {
    const { marks, xy, view } = drawing;
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const held = this.held;
    const changes = held && held.view === view.key ? markChanges(held.marks, marks) : null;
    this.held = { marks, xy, view: view.key };
    // An empty band costs the page nothing to show.
    this.canvas.style.display = marks.length === 0 ? 'none' : '';
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    // New marks at the end go on top of what is drawn; those elsewhere, and those gone, are redrawn around.
    let onTop = 0;
    if (changes) while (onTop < changes.added.length && changes.added[changes.added.length - 1 - onTop] === marks.length - 1 - onTop) onTop++;
    const boxes = changes ? changes.gone.length + changes.added.length - onTop : Infinity;
    if (!held || !changes || marks.length + CLEAR_COST <= onTop + BOX_COST * boxes + DRAW_ON_COST) {
      ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
      for (let i = 0; i < marks.length; i++) this.stamp(ctx, drawing, i);
      return;
    }
    if (onTop + boxes === 0) return;
    for (let i = marks.length - onTop; i < marks.length; i++) this.stamp(ctx, drawing, i);
    if (boxes === 0) return;
    const reach = (drawing.side + 1) / view.ratio + 1;
    this.grid.fill(xy, { x: view.x - reach, y: view.y - reach, width: view.width + 2 * reach, height: view.height + 2 * reach });
    const done = new Set<number>();
    for (const i of changes.gone) this.redrawAround(ctx, drawing, { x: held.xy[2 * i] as number, y: held.xy[2 * i + 1] as number, done });
    for (let k = 0; k < changes.added.length - onTop; k++) {
      const i = changes.added[k] as number;
      this.redrawAround(ctx, drawing, { x: xy[2 * i] as number, y: xy[2 * i + 1] as number, done });
    }
  }

  /**
   * Clears the box a mark at (x, y) covers and draws again, clipped to it, every mark of the band that
   * reaches into it, in order: the box then shows what a whole drawing shows there.
   */
  private redrawAround(ctx: CanvasRenderingContext2D, drawing: BandDrawing<T>, { x, y, done }: { x: number; y: number; done: Set<number> }): void {
    const { view, half, side, xy } = drawing;
    const left = Math.round((x - view.x - half) * view.ratio);
    const top = Math.round((y - view.y - half) * view.ratio);
    if (!(left > -side && top > -side && left < this.canvas.width && top < this.canvas.height)) return;
    // A mark that faded or came back stays where it was: its box once.
    const key = left * 1e6 + top;
    if (done.has(key)) return;
    done.add(key);
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, side, side);
    ctx.clip();
    ctx.clearRect(left, top, side, side);
    const reach = (side + 1) / view.ratio + 1;
    for (const i of this.grid.within(x - reach, y - reach, x + reach, y + reach, xy)) this.stamp(ctx, drawing, i);
    ctx.restore();
  }

  /** Stamps a mark's sprite at a whole device pixel (so that it stays crisp), unless it is off the canvas. */
  private stamp(ctx: CanvasRenderingContext2D, { marks, xy, view, spriteOf }: BandDrawing<T>, i: number): void {
    const sprite = spriteOf(marks[i] as T);
    if (!sprite) return;
    const left = Math.round(((xy[2 * i] as number) - view.x - sprite.half) * view.ratio);
    const top = Math.round(((xy[2 * i + 1] as number) - view.y - sprite.half) * view.ratio);
    // NaN (a mark not placed) fails these too.
    if (!(left > -sprite.image.width && top > -sprite.image.height && left < this.canvas.width && top < this.canvas.height)) return;
    ctx.drawImage(sprite.image, left, top);
  }
}
