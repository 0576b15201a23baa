// Many incident marks on canvas, with no Leaflet layer, DOM node or event listener per mark: a
// canvas for each fade (mark-band.ts), the most faded at the bottom, on which a step draws only the
// marks it added and redraws only around those it dropped; and the rings of the selected mark and
// the keyboard's on another over them, redrawn only when they change. A plain Leaflet layer that
// owns its canvases (as Leaflet.heat does) and uses Leaflet's public API only; the mark under the
// pointer is found in a k-d tree of the marks' pixel positions at the current zoom.
import * as L from 'leaflet';
import { pageIsDark, watchPageTheme } from '../app/page-theme';
import { traceMark, type MarkShape } from '../marks/mark-shapes';
import { MarkBand, type BandView } from './mark-band';
import { placePositions, type MarkPlace } from './mark-place';
import { markSprite, spriteHalf, type Sprite } from './mark-sprites';
import { nearestMark, neighbourMark, type ArrowDirection } from './mark-neighbour';
import { PointIndex } from './point-index';
import { ViewCanvasLayer } from './view-canvas-layer';

export interface CanvasPoint {
  id: string;
  /** Where the mark is: shared by the mark's points (one per fade), which keeps its projected position. */
  place: MarkPlace;
  colour: string;
  /** The layer's shape, so that marks differ by more than colour. */
  shape: MarkShape;
  /** 0–1: older marks fade. Marks are drawn by fade (the most faded under), then in their order. */
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
/** The canvas reaches this share of the map's size beyond each edge, so that a pan shows marks. */
const PADDING = 0.3;
/** How far a mark's sprite reaches from its centre, in CSS pixels. */
const SPRITE_HALF = spriteHalf(RADIUS);

type View = BandView;

/** The points of one fade and their positions, for its band. */
interface FadeGroup {
  marks: CanvasPoint[];
  xy: Float64Array;
}

export class PointCanvas extends ViewCanvasLayer {
  /** A canvas of marks for each fade, by fade (the most faded first, drawn under the others). */
  private readonly bands = new Map<number, MarkBand<CanvasPoint>>();
  /** The rings of the selected mark and the keyboard's, over the marks, and what they were drawn for. */
  private readonly rings: HTMLCanvasElement;
  private ringsDrawn = '';
  private readonly onPick: PointCanvasOptions['onPick'];
  private points: readonly CanvasPoint[] = [];
  private selectedId: string | null = null;
  /** The mark the keyboard is on (mark-keys.ts), ringed so that sighted keyboard users see it. */
  private focusedId: string | null = null;
  private stopWatchingTheme: (() => void) | null = null;
  private hovered: string | null = null;
  /** The points' world-pixel positions (x, y interleaved) at `positionsZoom`, and their index. */
  private positions: Float64Array | null = null;
  private positionsZoom = NaN;
  private index: PointIndex | null = null;
  private readonly sprites = new WeakMap<CanvasPoint, { ratio: number; sprite: Sprite | null }>();
  private dragged = false;

  constructor(options: PointCanvasOptions) {
    super();
    this.onPick = options.onPick;
    this.rings = L.DomUtil.create('canvas', 'point-canvas-rings leaflet-zoom-animated');
    // Every pointer event goes through to the areas beneath; the map's container finds the marks.
    this.rings.style.pointerEvents = 'none';
    this.rings.setAttribute('aria-hidden', 'true');
  }

  /**
   * Shows these points (replacing the previous ones, drawn in this order) at the next frame. A point
   * is a look: one kept from the points before (the same object) is left as drawn, and the canvas is
   * redrawn only around the points dropped and added.
   */
  setPoints(points: readonly CanvasPoint[], selectedId: string | null): void {
    this.points = points;
    this.selectedId = selectedId;
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
    this.getPane()?.append(...this.canvases());
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
    for (const canvas of this.canvases()) canvas.remove();
    for (const band of this.bands.values()) band.forget();
    this.stopFollowing();
    this.ringsDrawn = '';
    return this;
  }

  /** The bands' canvases, the most faded first, then the rings'. */
  protected canvases(): readonly HTMLCanvasElement[] {
    return [...[...this.bands].sort(([a], [b]) => a - b).map(([, band]) => band.canvas), this.rings];
  }

  /** The band of a fade, made (and put in its place among the others) on first use. */
  private band(alpha: number): MarkBand<CanvasPoint> {
    let band = this.bands.get(alpha);
    if (!band) {
      band = new MarkBand('point-canvas leaflet-zoom-animated');
      this.bands.set(alpha, band);
      const order = this.canvases();
      if (this.map) order[order.indexOf(band.canvas) + 1]?.before(band.canvas);
    }
    return band;
  }

  /** Places the canvases over the view (and the padding around it) and draws what changed on them. */
  protected draw(): void {
    const map = this.map;
    // In a zoom animation the canvas is scaled as it was drawn; the move's end draws it anew.
    if (!map || this.zooming) return;
    const size = map.getSize();
    const pad = size.multiplyBy(PADDING).round();
    const extent = size.add(pad.multiplyBy(2));
    const topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1));
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(extent.x * ratio);
    const height = Math.round(extent.y * ratio);
    const zoom = map.getZoom();
    const origin = topLeft.add(map.getPixelOrigin());
    const xy = this.positionsAt(zoom);
    const groups = this.groupsByFade(xy);
    for (const alpha of groups.keys()) this.band(alpha);
    for (const canvas of this.canvases()) {
      L.DomUtil.setPosition(canvas, topLeft);
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
        canvas.style.width = `${extent.x}px`;
        canvas.style.height = `${extent.y}px`;
      }
    }
    this.drawn = { origin, zoom };
    // A new size clears a canvas: the size is part of the view.
    const view: View = { x: origin.x, y: origin.y, width: extent.x, height: extent.y, ratio, key: `${origin.x},${origin.y},${zoom},${width},${height},${ratio}` };
    const spriteOf = (point: CanvasPoint) => this.spriteOf(point, ratio);
    const side = Math.ceil(2 * SPRITE_HALF * ratio);
    for (const [alpha, band] of this.bands) {
      const group = groups.get(alpha);
      band.draw({ marks: group?.marks ?? [], xy: group?.xy ?? new Float64Array(0), view, spriteOf, half: SPRITE_HALF, side });
    }
    const rings = this.rings.getContext('2d');
    if (rings) this.drawRings(rings, xy, view);
  }

  /** The points split by fade, each with its positions, in their order. */
  private groupsByFade(xy: Float64Array): Map<number, FadeGroup> {
    const groups = new Map<number, FadeGroup>();
    // Counted first, so that each group's positions fill one array of the right size.
    const counts = new Map<number, number>();
    for (const point of this.points) counts.set(point.alpha, (counts.get(point.alpha) ?? 0) + 1);
    for (const [alpha, count] of counts) groups.set(alpha, { marks: [], xy: new Float64Array(2 * count) });
    for (let i = 0; i < this.points.length; i++) {
      const point = this.points[i] as CanvasPoint;
      const group = groups.get(point.alpha) as FadeGroup;
      const k = group.marks.length;
      group.marks.push(point);
      group.xy[2 * k] = xy[2 * i] as number;
      group.xy[2 * k + 1] = xy[2 * i + 1] as number;
    }
    return groups;
  }

  /** Draws the rings anew when the selection, the keyboard's mark, their places or the page's theme changed. */
  private drawRings(ctx: CanvasRenderingContext2D, xy: Float64Array, view: View): void {
    const selected = this.indexOf(this.selectedId);
    const focused = this.indexOf(this.focusedId);
    const point = this.points[selected];
    const ringsKey = `${view.key}|${point ? `${xy[2 * selected]},${xy[2 * selected + 1]},${point.colour},${point.shape},${pageIsDark()}` : ''}|${focused < 0 ? '' : `${xy[2 * focused]},${xy[2 * focused + 1]}`}`;
    if (ringsKey === this.ringsDrawn) return;
    this.ringsDrawn = ringsKey;
    // Mostly there is nothing to ring: the empty canvas costs the page nothing to show.
    this.rings.style.display = point || focused >= 0 ? '' : 'none';
    ctx.setTransform(view.ratio, 0, 0, view.ratio, 0, 0);
    ctx.clearRect(0, 0, view.width, view.height);
    if (point) this.paintSelected(ctx, point, (xy[2 * selected] as number) - view.x, (xy[2 * selected + 1] as number) - view.y, view);
    if (focused >= 0) this.paintFocused(ctx, (xy[2 * focused] as number) - view.x, (xy[2 * focused + 1] as number) - view.y);
  }

  private indexOf(id: string | null): number {
    return id === null ? -1 : this.points.findIndex((p) => p.id === id);
  }

  /** The keyboard's mark: a dark ring with a light halo, seen on any map and apart from the selection's. */
  private paintFocused(ctx: CanvasRenderingContext2D, x: number, y: number): void {
    ctx.globalAlpha = 1;
    for (const [colour, width] of [['#ffffff', 5], ['#1b1b1b', 2]] as const) {
      ctx.beginPath();
      ctx.arc(x, y, RADIUS + 5, 0, Math.PI * 2);
      ctx.lineWidth = width;
      ctx.strokeStyle = colour;
      ctx.stroke();
    }
  }

  /** The selected mark, over every other, with a ring that does not rely on its colour. */
  private paintSelected(ctx: CanvasRenderingContext2D, point: CanvasPoint, x: number, y: number, view: View): void {
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
    if (this.positions && this.positionsZoom === zoom) return this.positions;
    this.positions = map
      ? placePositions(this.points, { zoom, project: (latLng, z) => map.project(latLng, z) })
      : new Float64Array(this.points.length * 2).fill(NaN);
    this.positionsZoom = zoom;
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
