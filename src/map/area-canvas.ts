// Many areas on one canvas, with no DOM node per area: each drawn from the very style its SVG path
// would be given (fill, hatch, outline, dashes), its place redrawn in the next frame when that changes. A plain
// Leaflet layer that owns its canvas (as point-canvas.ts does); the area under a click or the pointer
// is found by its bounding box, then by its rings. Loaded on demand, for datasets with many areas.
import * as L from 'leaflet';
import type { AreaState } from '../core/control';
import type { Site } from '../core/types';
import { pageIsDark, watchPageTheme } from '../app/page-theme';
import { areaPane } from './area-pane';
import { CanvasBands, type BandSink, type Box, type CanvasBand } from './canvas-bands';
import { DetailsPopup } from './details-popup';
import { el } from './dom';
import { toLatLng } from './geometry';
import { lazyPopup } from './lazy-popup';
import type { PopupContext } from './popup';
import { shapeAtZoom, traceShape, type KeepsShape, type Shape } from './projected-shape';
import { CANVAS_SETTINGS, ViewCanvasLayer } from './view-canvas-layer';

/** An area as the areas layer keeps it: its site, its state, and the style its SVG path would have (none yet: not drawn). */
export interface StyledArea {
  site: Site;
  state: AreaState | undefined;
  style: L.PathOptions | null;
}

export interface AreaCanvasOptions {
  /** The areas, drawn in this order (the last on top); their styles are read at each drawing. */
  areas: ReadonlyMap<string, StyledArea>;
  /** For popups, and the actors' colours for hatches (an SVG path's fill `url(#hatch-<actor>)`, patterns.ts). */
  ctx: PopupContext;
}

/** Its shape (projected-shape.ts) is kept with the area: no look-up per drawing. */
interface CanvasArea extends KeepsShape {
  area: StyledArea;
  /** The style it was last drawn with. */
  drawnStyle?: L.PathOptions | null;
  /** Every ring of every polygon (outer rings and holes; filled even-odd, as SVG paths are). */
  rings: L.LatLngTuple[][];
}

/** How a drawing paints: where the canvas is, the box drawn, the hatches' placing, the theme. */
interface PaintOptions {
  origin: L.Point;
  box: Box;
  hatchAt: DOMMatrix;
  ratio: number;
  dark: boolean;
  /** The hatches placed for this drawing: each is placed once, not for each area. */
  placed: Set<CanvasPattern>;
}

/** An SVG dash array's numbers, read once per value. */
const dashes = new Map<string, number[]>();

/** The hatch's tile, as the SVG pattern's (patterns.ts): a light ground, a stripe of the holder's colour, turned 45°. */
const HATCH = 8;
const HATCH_FILL = /^url\(#hatch-(.+)\)$/;
/** The dark theme's outline for each light one, and its fill for held areas, as theme-dark.css gives the SVG paths. */
const DARK = { recent: '#111111', recentStroke: '#ffffff', stroke: '#d0d0d0', heldOpacity: 0.42, heldDarkOpacity: 0.62 };

export class AreaCanvas extends ViewCanvasLayer implements BandSink {
  private readonly canvas = L.DomUtil.create('canvas', 'area-canvas leaflet-zoom-animated');
  private readonly areas: readonly CanvasArea[];
  private readonly ctx: PopupContext;
  private readonly hatches = new Map<string, CanvasPattern | null>();
  /** A range's bands, over the areas. */
  private readonly bands = new CanvasBands();
  /** What the whole canvas was last drawn for (place, zoom, size, theme): while it stays, drawings are partial. */
  private drawnView = '';
  private hovered = false;
  private stopWatchingTheme: (() => void) | null = null;

  constructor({ areas, ctx }: AreaCanvasOptions) {
    super();
    this.ctx = ctx;
    this.areas = [...areas.values()].map((area) => ({ area, rings: rings(area.site) }));
    // Under the pointer (its pane is not) for the cursor; the events go on to the map's container (the
    // map's click and mousemove): nothing per area.
    this.canvas.style.pointerEvents = 'auto';
    this.canvas.setAttribute('aria-hidden', 'true');
  }

  /** Draws the areas' styles anew, in the next frame. */
  redraw(): void {
    this.requestDraw();
  }

  setBand(id: string, band: CanvasBand | null): void {
    this.bands.set(id, band);
    this.requestDraw();
  }

  override onAdd(map: L.Map): this {
    this.map = map;
    // First in the pane: under the marks drawn over areas, whichever was added first.
    map.getPane(areaPane(map))?.prepend(this.canvas);
    this.stopWatchingTheme = watchPageTheme(() => this.requestDraw());
    this.draw();
    return this;
  }

  override onRemove(): this {
    this.stopWatchingTheme?.();
    this.stopWatchingTheme = null;
    this.setHovered(false);
    this.canvas.remove();
    this.stopFollowing();
    this.drawnView = '';
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    // The map hears a click only where no marker, popup or control took it (and not after a drag).
    return { ...super.getEvents(), click: this.onClick as L.LeafletEventHandlerFn };
  }

  protected canvases(): readonly HTMLCanvasElement[] {
    return [this.canvas];
  }

  /**
   * Places the canvas over the view (and the padding around it) and draws every area in it; while the
   * view stays, only the places of the areas whose style changed are drawn anew (as Leaflet's own
   * canvas renderer does): a time step changes a few areas, and filling the whole canvas again costs
   * tens of milliseconds on a machine drawing without a GPU.
   */
  protected draw(): void {
    const map = this.map;
    const ctx = this.canvas.getContext('2d', CANVAS_SETTINGS);
    if (!map || !ctx || this.zooming) return;
    const padded = this.paddedView(map);
    const { extent, topLeft, origin, zoom, ratio, width, height } = padded;
    const view = `${origin.x},${origin.y},${zoom},${width},${height},${pageIsDark()}`;
    const boxes: Box[] = [];
    const bandView = { map, zoom, origin };
    if (view === this.drawnView) {
      boxes.push(...this.bands.changedBoxes(bandView));
      for (const area of this.areas) {
        if (area.area.style === area.drawnStyle) continue;
        const shape = this.shapeOf(area, zoom);
        // Wide enough for the thickest outline.
        boxes.push({ x: Math.floor(shape.minX - origin.x) - 3, y: Math.floor(shape.minY - origin.y) - 3, width: Math.ceil(shape.maxX - shape.minX) + 7, height: Math.ceil(shape.maxY - shape.minY) + 7 });
      }
      if (boxes.length === 0) return;
    } else {
      this.placeCanvas(this.canvas, padded);
      this.drawn = { origin, zoom };
      this.drawnView = view;
      boxes.push({ x: 0, y: 0, width: extent.x, height: extent.y });
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    // The hatch lies on the layer's pixels, as the SVG pattern does, so that it stays put as the map pans.
    const hatchAt = new DOMMatrix().translate(-topLeft.x, -topLeft.y).rotate(45).scale(1 / ratio);
    const dark = pageIsDark();
    const placed = new Set<CanvasPattern>();
    // One options object for all: one for each of 500 areas in each box was most of a step's garbage.
    const options: PaintOptions = { origin, box: { x: 0, y: 0, width: 0, height: 0 }, hatchAt, ratio, dark, placed };
    for (const box of boxes) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(box.x, box.y, box.width, box.height);
      ctx.clip();
      ctx.clearRect(box.x, box.y, box.width, box.height);
      options.box = box;
      for (const area of this.areas) this.paint(ctx, area, options);
      this.bands.paint(ctx, box, bandView);
      ctx.restore();
    }
    for (const area of this.areas) area.drawnStyle = area.area.style;
    this.bands.drawn();
  }

  /** Draws an area, if it has a style and reaches into `box` (canvas pixels). */
  private paint(ctx: CanvasRenderingContext2D, area: CanvasArea, { origin, box, hatchAt, ratio, dark, placed }: PaintOptions): void {
    const style = area.area.style;
    if (!style) return;
    const shape = this.shapeOf(area, this.drawn?.zoom ?? 0);
    if (shape.maxX - origin.x < box.x - 4 || shape.minX - origin.x > box.x + box.width + 4 || shape.maxY - origin.y < box.y - 4 || shape.minY - origin.y > box.y + box.height + 4) return;
    traceShape(ctx, shape, origin);
    const fillOpacity = style.fillOpacity ?? 0.2;
    if (fillOpacity > 0) {
      const hatchOf = HATCH_FILL.exec(style.fillColor ?? '')?.[1];
      const hatch = hatchOf === undefined ? null : this.hatch(this.ctx.actors.get(hatchOf)?.colour ?? '#999999', ratio);
      if (hatch && !placed.has(hatch)) {
        hatch.setTransform(hatchAt);
        placed.add(hatch);
      }
      ctx.globalAlpha = dark && fillOpacity === DARK.heldOpacity ? DARK.heldDarkOpacity : fillOpacity;
      ctx.fillStyle = hatch ?? style.fillColor ?? '#999999';
      ctx.fill('evenodd');
    }
    ctx.globalAlpha = style.opacity ?? 1;
    ctx.strokeStyle = dark ? (style.color === DARK.recent ? DARK.recentStroke : DARK.stroke) : style.color ?? '#3a3a3a';
    ctx.lineWidth = style.weight ?? 1;
    ctx.setLineDash(dashArray(style.dashArray));
    ctx.stroke();
  }

  /** The hatch of a colour at a pixel ratio, made once. */
  private hatch(colour: string, ratio: number): CanvasPattern | null {
    const key = `${colour}|${ratio}`;
    if (this.hatches.has(key)) return this.hatches.get(key) ?? null;
    const tile = document.createElement('canvas');
    tile.width = tile.height = Math.round(HATCH * ratio);
    const t = tile.getContext('2d');
    let pattern: CanvasPattern | null = null;
    if (t) {
      t.scale(tile.width / HATCH, tile.height / HATCH);
      t.fillStyle = 'rgba(255, 255, 255, 0.55)';
      t.fillRect(0, 0, HATCH, HATCH);
      t.fillStyle = colour;
      t.fillRect(0, 0, HATCH / 2, HATCH);
      pattern = this.canvas.getContext('2d', CANVAS_SETTINGS)?.createPattern(tile, 'repeat') ?? null;
    }
    this.hatches.set(key, pattern);
    return pattern;
  }

  /** An area's shape at `zoom`: projected once per zoom, not per drawing. */
  private shapeOf(area: CanvasArea, zoom: number): Shape {
    return shapeAtZoom(area, this.map as L.Map, area.rings, zoom);
  }

  /**
   * The area drawn on top at a point of the layer (the last drawn that holds it). A scan of bounding
   * boxes: a few microseconds at 500 areas, so no index to build and keep per zoom.
   */
  private areaAt(layerPoint: L.Point): CanvasArea | undefined {
    const map = this.map;
    if (!map) return undefined;
    const zoom = map.getZoom();
    const { x, y } = layerPoint.add(map.getPixelOrigin());
    for (let k = this.areas.length - 1; k >= 0; k--) {
      const area = this.areas[k] as CanvasArea;
      if (!area.area.style) continue;
      const shape = this.shapeOf(area, zoom);
      if (x < shape.minX || x > shape.maxX || y < shape.minY || y > shape.maxY) continue;
      if (shape.rings.reduce((inside, ring) => (crossings(ring, x, y) % 2 === 1 ? !inside : inside), false)) return area;
    }
    return undefined;
  }

  protected override onDragStart(): void {
    super.onDragStart();
    this.setHovered(false);
  }

  /** An area's popup opens where it was clicked, as an SVG path's does. */
  private onClick(e: L.LeafletMouseEvent): void {
    const area = this.areaAt(e.layerPoint);
    const map = this.map;
    if (!area || !map) return;
    const { site, state } = area.area;
    const popup = new DetailsPopup({ maxWidth: 320 });
    // Never a string: Leaflet would read it as HTML.
    popup.setLatLng(e.latlng).setContent(lazyPopup(popup, (m) => (state ? m.areaPopup(site, state, this.ctx) : el('h2', {}, site.properties.name.en)))).openOn(map);
  }

  protected onMouseMove(e: L.LeafletMouseEvent): void {
    if (!this.dragging) this.setHovered(this.areaAt(e.layerPoint) !== undefined);
  }

  protected onMouseOut(): void {
    this.setHovered(false);
  }

  /**
   * The pointer cursor says a click here opens an area: on the canvas, which is under the pointer,
   * as it was on an area's SVG path; elsewhere the map's own cursor (or the incident marks') shows.
   */
  private setHovered(over: boolean): void {
    if (over === this.hovered) return;
    this.hovered = over;
    this.canvas.style.cursor = over ? 'pointer' : '';
  }
}

/** An SVG path's dash array (a string or numbers) as the canvas takes it. */
function dashArray(value: L.PathOptions['dashArray']): number[] {
  if (!value) return [];
  const text = String(value);
  let numbers = dashes.get(text);
  if (!numbers) dashes.set(text, (numbers = text.split(/[ ,]+/).map(Number)));
  return numbers;
}

/** Every ring of a polygon or multipolygon, outer rings and holes alike. */
function rings(site: Site): L.LatLngTuple[][] {
  const g = site.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polygons.flatMap((polygon) => polygon.map((ring) => ring.map(toLatLng)));
}

/** How many edges of a ring (x, y interleaved) a ray from (x, y) towards +x crosses. */
function crossings(ring: Float64Array, x: number, y: number): number {
  let count = 0;
  const n = ring.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i] as number;
    const yi = ring[2 * i + 1] as number;
    const xj = ring[2 * j] as number;
    const yj = ring[2 * j + 1] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) count++;
  }
  return count;
}
