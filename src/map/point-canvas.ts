// Many incident marks on one canvas: a step redraws a few thousand marks in one pass, with no
// Leaflet layer, DOM node or event listener per mark. Built on Leaflet's canvas renderer, which
// keeps the canvas placed over the map through pans and zoom animations; this draws points instead
// of paths and finds the point under the pointer itself.
import * as L from 'leaflet';
import { traceMark, type MarkShape } from '../marks/mark-shapes';

export interface CanvasPoint {
  id: string;
  latLng: L.LatLngTuple;
  colour: string;
  /** The layer's shape, so that marks differ by more than colour. */
  shape: MarkShape;
  /** 0–1: older marks fade. */
  alpha: number;
}

const RADIUS = 5;
/** How far from a mark's centre a click or hover still finds it, in CSS pixels. */
const HIT_RADIUS = RADIUS + 3;

// Leaflet's canvas renderer's private members this class relies on (Leaflet 1.9).
interface CanvasInternals {
  _map: L.Map | undefined;
  _ctx: CanvasRenderingContext2D | undefined;
  _container: HTMLCanvasElement;
  _postponeUpdatePaths: boolean;
  _redrawRequest: number | null;
  _redrawBounds: L.Bounds | null;
  _clear(): void;
}

export class PointCanvas extends L.Canvas {
  private points: readonly CanvasPoint[] = [];
  /** Layer-pixel positions, valid until the next zoom. */
  private projected = new Map<string, L.Point>();
  private selectedId: string | null = null;
  private hovered: string | null = null;

  constructor(private readonly onPick: (id: string, latLng: L.LatLngTuple) => void) {
    super({ padding: 0.3 });
  }

  /** Shows these points (replacing the previous ones) at the next frame. */
  setPoints(points: readonly CanvasPoint[], selectedId: string | null): void {
    this.points = points;
    this.selectedId = selectedId;
    this.requestDraw();
  }

  setSelected(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.requestDraw();
  }

  private get internals(): CanvasInternals {
    return this as unknown as CanvasInternals;
  }

  private requestDraw(): void {
    const self = this.internals;
    if (!self._map || self._redrawRequest) return;
    self._redrawRequest = L.Util.requestAnimFrame(() => this._redraw(), this);
  }

  private _redraw(): void {
    const self = this.internals;
    self._redrawRequest = null;
    self._redrawBounds = null;
    if (!self._ctx) return;
    self._clear();
    this._draw();
  }

  private position(point: CanvasPoint): L.Point | undefined {
    const map = this.internals._map;
    if (!map) return undefined;
    let p = this.projected.get(point.id);
    if (!p) {
      p = map.latLngToLayerPoint(point.latLng);
      this.projected.set(point.id, p);
    }
    return p;
  }

  /** Called by the renderer whenever the canvas was resized or moved (pans, zooms): project anew. */
  private _updatePaths(): void {
    if (this.internals._postponeUpdatePaths) return;
    this.projected = new Map();
    this._redraw();
  }

  private _draw(): void {
    const ctx = this.internals._ctx;
    if (!ctx) return;
    ctx.save();
    ctx.lineWidth = 1;
    ctx.strokeStyle = '#ffffff';
    let selected: { p: L.Point; point: CanvasPoint } | null = null;
    // Marks that look alike (colour, shape, fade) go in one path: a handful of fills per frame
    // rather than one per mark.
    const groups = new Map<string, { first: CanvasPoint; at: L.Point[] }>();
    for (const point of this.points) {
      const p = this.position(point);
      if (!p) continue;
      if (point.id === this.selectedId) selected = { p, point };
      const key = `${point.colour}|${point.shape}|${point.alpha}`;
      const group = groups.get(key);
      if (group) group.at.push(p);
      else groups.set(key, { first: point, at: [p] });
    }
    for (const { first, at } of groups.values()) {
      ctx.fillStyle = first.colour;
      ctx.beginPath();
      for (const p of at) traceMark(ctx, first.shape, p.x, p.y, RADIUS);
      ctx.globalAlpha = 0.8 * first.alpha;
      ctx.fill();
      ctx.globalAlpha = first.alpha;
      ctx.stroke();
    }
    // The selected mark is drawn last, on top, with a ring that does not rely on its colour.
    if (selected) {
      ctx.globalAlpha = 1;
      ctx.fillStyle = selected.point.colour;
      ctx.beginPath();
      traceMark(ctx, selected.point.shape, selected.p.x, selected.p.y, RADIUS + 1);
      ctx.fill();
      ctx.lineWidth = 3;
      ctx.strokeStyle = '#0b5cad';
      ctx.stroke();
    }
    ctx.restore();
  }

  /** The topmost point within reach of a layer-pixel position (the last drawn wins, as on screen). */
  private pointAt(at: L.Point): CanvasPoint | undefined {
    let found: CanvasPoint | undefined;
    for (const point of this.points) {
      const p = this.position(point);
      if (p && Math.abs(p.x - at.x) <= HIT_RADIUS && Math.abs(p.y - at.y) <= HIT_RADIUS && p.distanceTo(at) <= HIT_RADIUS) found = point;
    }
    return found;
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    // The canvas lets every pointer event through to the areas beneath; the map's container finds
    // the marks itself, in the capture phase, before an area under a mark could take the click.
    this.internals._container.style.pointerEvents = 'none';
    map.getContainer().addEventListener('click', this.onClick, true);
    map.on('mousemove', this.onMouseMove, this);
    map.on('mouseout', this.onMouseOut, this);
    return this;
  }

  override onRemove(map: L.Map): this {
    map.getContainer().removeEventListener('click', this.onClick, true);
    map.off('mousemove', this.onMouseMove, this);
    map.off('mouseout', this.onMouseOut, this);
    this.onMouseOut();
    return super.onRemove(map);
  }

  private readonly onClick = (e: MouseEvent): void => {
    const map = this.internals._map;
    if (!map || dragHandler(map)?.moved() || (e.target as Element | null)?.closest('.leaflet-popup, .leaflet-control')) return;
    const point = this.pointAt(map.mouseEventToLayerPoint(e));
    if (!point) return;
    e.stopPropagation();
    this.onPick(point.id, point.latLng);
  };

  private onMouseMove(e: L.LeafletMouseEvent): void {
    const map = this.internals._map;
    if (!map || dragHandler(map)?.moving()) return;
    const id = this.pointAt(e.layerPoint)?.id ?? null;
    if (id === this.hovered) return;
    this.hovered = id;
    map.getContainer().classList.toggle('is-over-mark', id !== null);
  }

  private onMouseOut(): void {
    this.hovered = null;
    this.internals._map?.getContainer().classList.remove('is-over-mark');
  }
}

/** Leaflet's map drag handler, whose typings lack the two questions asked of it here. */
function dragHandler(map: L.Map): { moved(): boolean; moving(): boolean } | undefined {
  return map.dragging as unknown as { moved(): boolean; moving(): boolean } | undefined;
}
