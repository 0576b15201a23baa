// Many incident marks on one canvas, with no Leaflet layer, DOM node or event listener per mark. The
// settled marks (whose look no longer changes as time moves on) are kept on a canvas off the page,
// drawn on as more settle; a step copies it whole to the page's canvas and stamps the recent marks
// over it. One canvas on the page, not one each: each is copied to the compositor and blended on every
// frame it changes, and a step changed both. (Redrawing only the boxes that changed, through a clip,
// cost more: each stamp through a clip of a few hundred boxes is slower than the whole copy.) A plain
// Leaflet layer that owns its canvas (as Leaflet.heat does) and uses Leaflet's public API only; the
// mark under the pointer is found in a k-d tree of the marks' pixel positions at the current zoom.
import * as L from 'leaflet';
import { pageIsDark, watchPageTheme } from '../app/page-theme';
import { traceMark, type MarkShape } from '../marks/mark-shapes';
import { placePositions, type MarkPlace } from './mark-place';
import { markSprite, type Sprite } from './mark-sprites';
import { nearestMark, neighbourMark, type ArrowDirection } from './mark-neighbour';
import { PointIndex } from './point-index';
import { CANVAS_SETTINGS, ViewCanvasLayer } from './view-canvas-layer';

export interface CanvasPoint {
  id: string;
  /** Where the mark is: shared by its points (one per fade), and keeping its projected position, so that a step projects only new marks. */
  place: MarkPlace;
  colour: string;
  /** The layer's shape, so that marks differ by more than colour. */
  shape: MarkShape;
  /** 0–1: older marks fade. */
  alpha: number;
}

export interface PointCanvasOptions {
  /** Called when a mark is clicked. */
  onPick: (id: string, latLng: L.LatLngTuple) => void;
}

/** The selected mark's ring: the accent, lighter on a dark page so that it stands out there too. */
const RING = { light: '#0b5cad', dark: '#7ab8f7' };

const RADIUS = 5;
/** How far from a mark's centre a click or hover still finds it, in CSS pixels. */
const HIT_RADIUS = RADIUS + 3;

/** The part of the world the canvases cover, in world pixels at the zoom drawn. */
interface View {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a drawing stamps from: the points' positions (world pixels), the view, and device pixels per CSS pixel. */
interface Frame {
  xy: Float64Array;
  view: View;
  ratio: number;
}

/** Where a mark's sprite is stamped: its top-left corner, in whole device pixels. */
interface Stamp {
  x: number;
  y: number;
  sprite: Sprite;
}

/** What the settled canvas holds: the first `count` of `points`, drawn for the view `view`. */
interface Settled {
  points: readonly CanvasPoint[];
  count: number;
  view: string;
}

export class PointCanvas extends ViewCanvasLayer {
  /** What the map shows: the settled marks, and the recent ones and the rings over them. */
  private readonly canvas: HTMLCanvasElement;
  /** The settled marks alone, off the page, drawn once each while the view stays. */
  private readonly settledCanvas: HTMLCanvasElement;
  private settled: Settled | null = null;
  /** How many of the points, from the first, are settled (see setPoints). */
  private settledCount = 0;
  private readonly onPick: PointCanvasOptions['onPick'];
  private points: readonly CanvasPoint[] = [];
  private selectedId: string | null = null;
  /** The mark the keyboard is on (mark-keys.ts), ringed so that sighted keyboard users see it. */
  private focusedId: string | null = null;
  private stopWatchingTheme: (() => void) | null = null;
  private hovered: string | null = null;
  /** The points' positions (x, y interleaved) and their index, for these points at `projectedZoom`. */
  private positions: Float64Array | null = null;
  private projectedZoom = NaN;
  private index: PointIndex | null = null;
  private readonly sprites = new WeakMap<CanvasPoint, { ratio: number; sprite: Sprite | null }>();
  private dragged = false;

  constructor(options: PointCanvasOptions) {
    super();
    this.onPick = options.onPick;
    this.canvas = L.DomUtil.create('canvas', 'point-canvas leaflet-zoom-animated');
    this.settledCanvas = document.createElement('canvas');
    // Every pointer event goes through to the areas beneath; the map's container finds the marks.
    this.canvas.style.pointerEvents = 'none';
    this.canvas.setAttribute('aria-hidden', 'true');
  }

  /**
   * Shows these points (replacing the previous ones) at the next frame. The first `settled` of them
   * will look the same at later steps (their fade is at its floor): while they stay the first, a step
   * draws only those newly settled, and redraws the others (a few hours' worth) whole.
   */
  setPoints(points: readonly CanvasPoint[], selectedId: string | null, { settled = 0 }: { settled?: number } = {}): void {
    // The same points (each the same look) and the same selection draw the same picture: a step within
    // a day of a dataset dated to the day (an ACLED or UCDP export) changes no mark at most hours, and
    // leaves the canvas, its positions and its copy to the compositor as they were.
    const unchanged = selectedId === this.selectedId && points.length === this.points.length && sameFirst(points, this.points, points.length);
    this.points = points;
    this.settledCount = Math.min(settled, points.length);
    this.selectedId = selectedId;
    if (unchanged) return;
    this.positions = null;
    this.index = null;
    this.requestDraw();
  }

  setSelected(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.requestDraw();
  }

  /** Rings the mark the keyboard is on (null: none). */
  setFocused(id: string | null): void {
    if (id === this.focusedId) return;
    this.focusedId = id;
    this.requestDraw();
  }

  /** Whether the mark is among those shown. */
  shows(id: string): boolean {
    return this.points.some((p) => p.id === id);
  }

  /**
   * The mark in view an arrow key leads to from the mark `fromId`; from none (or one no longer
   * shown), the mark nearest the map's centre.
   */
  neighbour(fromId: string | null, direction: ArrowDirection): CanvasPoint | undefined {
    const map = this.map;
    if (!map) return undefined;
    const xy = this.positionsAt(map.getZoom());
    const bounds = map.getPixelBounds();
    const inView = (i: number) => bounds.contains([xy[2 * i] as number, xy[2 * i + 1] as number]);
    const from = fromId === null ? -1 : this.points.findIndex((p) => p.id === fromId);
    const to = from < 0 ? nearestMark(xy, bounds.getCenter(), inView) : neighbourMark({ xy, from, direction, reachable: inView });
    return this.points[to];
  }

  override onAdd(map: L.Map): this {
    this.map = map;
    this.getPane()?.append(this.canvas);
    const container = map.getContainer();
    // In the capture phase, before an area under a mark could take the click.
    container.addEventListener('click', this.onClick, true);
    container.addEventListener('pointerdown', this.onPointerDown, true);
    // The selection's ring follows the page's colours (theme=auto changes them live).
    this.stopWatchingTheme = watchPageTheme(() => this.requestDraw());
    this.draw();
    return this;
  }

  override onRemove(map: L.Map): this {
    const container = map.getContainer();
    container.removeEventListener('click', this.onClick, true);
    container.removeEventListener('pointerdown', this.onPointerDown, true);
    this.stopWatchingTheme?.();
    this.stopWatchingTheme = null;
    this.setHovered(null);
    this.canvas.remove();
    this.stopFollowing();
    this.settled = null;
    return this;
  }

  protected canvases(): readonly HTMLCanvasElement[] {
    return [this.canvas];
  }

  /** Places the canvas over the view (and the padding around it) and draws the points on it. */
  protected draw(): void {
    const map = this.map;
    // In a zoom animation the canvas is scaled as it was drawn; the move's end draws it anew.
    if (!map || this.zooming) return;
    const padded = this.paddedView(map);
    const { extent, origin, zoom, ratio, width, height } = padded;
    if (this.placeCanvas(this.canvas, padded)) {
      // The marks off the page are kept at the page's canvas's size.
      this.settledCanvas.width = width;
      this.settledCanvas.height = height;
    }
    this.drawn = { origin, zoom };
    const base = this.settledCanvas.getContext('2d');
    const over = this.canvas.getContext('2d', CANVAS_SETTINGS);
    if (!base || !over) return;
    const xy = this.positionsAt(zoom);
    const frame: Frame = { xy, view: { x: origin.x, y: origin.y, width: extent.x, height: extent.y }, ratio };
    const viewKey = `${origin.x},${origin.y},${zoom},${width},${height},${ratio}`;
    // The settled canvas is drawn on, not redrawn, while the view stays and what it holds stays first.
    const held = this.settled;
    const settled = this.settledCount;
    let from = 0;
    if (held && held.view === viewKey && held.count <= settled && sameFirst(held.points, this.points, held.count)) from = held.count;
    // Sprites are stamped in device pixels, 1:1 (mark-sprites.ts); the rings are drawn in CSS pixels.
    base.setTransform(1, 0, 0, 1, 0, 0);
    over.setTransform(1, 0, 0, 1, 0, 0);
    if (from === 0) base.clearRect(0, 0, width, height);
    this.paint(base, frame, { from, to: settled });
    this.settled = { points: this.points, count: settled, view: viewKey };
    // A copy, not a blend: nothing to clear first.
    over.globalCompositeOperation = 'copy';
    over.drawImage(this.settledCanvas, 0, 0);
    over.globalCompositeOperation = 'source-over';
    this.paint(over, frame, { from: settled, to: this.points.length });
    over.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.paintSelected(over, frame);
    this.paintFocused(over, frame);
  }

  /** The keyboard's mark: a dark ring with a light halo, seen on any map and apart from the selection's. */
  private paintFocused(ctx: CanvasRenderingContext2D, { xy, view }: Frame): void {
    const i = this.focusedId === null ? -1 : this.points.findIndex((p) => p.id === this.focusedId);
    if (i < 0) return;
    const x = (xy[2 * i] as number) - view.x;
    const y = (xy[2 * i + 1] as number) - view.y;
    ctx.globalAlpha = 1;
    for (const [colour, width] of [['#ffffff', 5], ['#1b1b1b', 2]] as const) {
      ctx.beginPath();
      ctx.arc(x, y, RADIUS + 5, 0, Math.PI * 2);
      ctx.lineWidth = width;
      ctx.strokeStyle = colour;
      ctx.stroke();
    }
  }

  /** Stamps the points from `from` to `to` (those in view) on the canvas, in device pixels. */
  private paint(ctx: CanvasRenderingContext2D, frame: Frame, { from, to }: { from: number; to: number }): void {
    // Each mark is stamped from its look's sprite (mark-sprites.ts), 1:1 at a whole device pixel: crisp, and no scaling to raster.
    for (let i = from; i < to; i++) {
      const stamp = this.stampOf(frame, i);
      if (stamp) ctx.drawImage(stamp.sprite.image, stamp.x, stamp.y);
    }
  }

  /** Where the point `i` is stamped, with its sprite; null when it is out of view (or the page draws no canvas). */
  private stampOf({ xy, view, ratio }: Frame, i: number): Stamp | null {
    const reach = RADIUS * 2;
    const x = (xy[2 * i] as number) - view.x;
    const y = (xy[2 * i + 1] as number) - view.y;
    if (!(x >= -reach && y >= -reach && x <= view.width + reach && y <= view.height + reach)) return null;
    const sprite = this.spriteOf(this.points[i] as CanvasPoint, ratio);
    if (!sprite) return null;
    return { x: Math.round((x - sprite.half) * ratio), y: Math.round((y - sprite.half) * ratio), sprite };
  }

  /** The selected mark, over every other, with a ring that does not rely on its colour. */
  private paintSelected(ctx: CanvasRenderingContext2D, { xy, view }: Frame): void {
    const selected = this.selectedId === null ? -1 : this.points.findIndex((p) => p.id === this.selectedId);
    const point = this.points[selected];
    if (!point) return;
    const x = (xy[2 * selected] as number) - view.x;
    const y = (xy[2 * selected + 1] as number) - view.y;
    if (!(x >= -RADIUS && y >= -RADIUS && x <= view.width + RADIUS && y <= view.height + RADIUS)) return;
    ctx.globalAlpha = 1;
    ctx.fillStyle = point.colour;
    ctx.beginPath();
    traceMark(ctx, point.shape, x, y, RADIUS + 1);
    ctx.fill();
    ctx.lineWidth = 3;
    ctx.strokeStyle = pageIsDark() ? RING.dark : RING.light;
    ctx.stroke();
  }

  /** The point's sprite, remembered for the point (its look never changes) at this pixel ratio. */
  private spriteOf(point: CanvasPoint, ratio: number): Sprite | null {
    const known = this.sprites.get(point);
    if (known && known.ratio === ratio) return known.sprite;
    const sprite = markSprite({ colour: point.colour, shape: point.shape, alpha: point.alpha, radius: RADIUS, ratio });
    this.sprites.set(point, { ratio, sprite });
    return sprite;
  }

  /** The points' world-pixel positions at `zoom`, x and y interleaved: read from their places, projected once per zoom. */
  private positionsAt(zoom: number): Float64Array {
    const map = this.map;
    if (this.positions && this.projectedZoom === zoom) return this.positions;
    this.positions = map
      ? placePositions(this.points, { zoom, project: (latLng, z) => map.project(latLng, z) })
      : new Float64Array(this.points.length * 2).fill(NaN);
    this.projectedZoom = zoom;
    this.index = null;
    return this.positions;
  }

  /** The point nearest a position in layer pixels, within reach of the pointer. */
  private pointAt(layerPoint: L.Point): CanvasPoint | undefined {
    const map = this.map;
    if (!map) return undefined;
    const zoom = map.getZoom();
    const xy = this.positionsAt(zoom);
    this.index ??= new PointIndex(xy);
    return this.points[this.index.nearest(layerPoint.add(map.getPixelOrigin()), HIT_RADIUS)];
  }

  private readonly onPointerDown = (): void => {
    this.dragged = false;
  };

  protected override onDragStart(): void {
    super.onDragStart();
    this.dragged = true;
    this.setHovered(null);
  }

  private readonly onClick = (e: MouseEvent): void => {
    const map = this.map;
    if (!map || this.dragged || (e.target as Element | null)?.closest('.leaflet-popup, .leaflet-control')) return;
    const point = this.pointAt(map.mouseEventToLayerPoint(e));
    if (!point) return;
    e.stopPropagation();
    this.onPick(point.id, point.place.latLng);
  };

  protected onMouseMove(e: L.LeafletMouseEvent): void {
    if (!this.dragging) this.setHovered(this.pointAt(e.layerPoint)?.id ?? null);
  }

  protected onMouseOut(): void {
    this.setHovered(null);
  }

  /** The pointer cursor says a click here picks a mark. */
  private setHovered(id: string | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    this.map?.getContainer().classList.toggle('is-over-mark', id !== null);
  }
}

/** Whether two lists begin with the same `count` points, in the same order. */
function sameFirst(a: readonly CanvasPoint[], b: readonly CanvasPoint[], count: number): boolean {
  if (a === b) return true;
  for (let i = 0; i < count; i++) if (a[i] !== b[i]) return false;
  return true;
}
