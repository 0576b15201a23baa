// What a canvas layer needs to follow the map's view with Leaflet's public API: redraw when a move
// or zoom ends, scale and move the drawn canvases through a zoom animation (as Leaflet's own layers
// do), draw at most once a frame, and know when the map is being dragged. The area canvas and the
// point canvas each draw their own things on top of it.
import * as L from 'leaflet';

/**
 * A canvas reaches this share of the map's size beyond each edge, so that a pan shows what it draws:
 * as far as Leaflet's own renderers (the basemap's SVG) reach. Every step copies a changed canvas
 * whole to the compositor, so a wider reach costs every step (0.3 took twice the pixels).
 */
const PADDING = 0.1;

/**
 * How the layers' canvases are drawn: desynchronized from the page's frames. Chromium then hands a
 * changed canvas to the display on its own rather than in the page's commit, where it rasterised and
 * copied each changed canvas on the page's thread at every step. At 100k incidents the page's CPU per
 * range step fell from a p50 of 15 ms to 10 ms with the marks' canvas, and to 9 ms with the areas' too
 * (alternating runs); the map's picture is the same, pixel for pixel. The canvases are transparent, so
 * no browser draws them straight to the screen's front buffer, the one case where the hint may tear;
 * browsers without it ignore it.
 */
export const CANVAS_SETTINGS: CanvasRenderingContext2DSettings = { desynchronized: true };

/** The part of the world a drawing covers: the view and the padding around it. */
export interface PaddedView {
  /** Its size in CSS pixels. */
  extent: L.Point;
  /** Its top-left corner, in layer pixels (where the canvas is placed). */
  topLeft: L.Point;
  /** Its top-left corner, in world pixels at `zoom`. */
  origin: L.Point;
  zoom: number;
  /** Device pixels per CSS pixel, and the canvas's size in device pixels. */
  ratio: number;
  width: number;
  height: number;
}

export abstract class ViewCanvasLayer extends L.Layer {
  protected map: L.Map | null = null;
  /** Where the canvases' top-left corner is (world pixels) and the zoom they were drawn at. */
  protected drawn: { origin: L.Point; zoom: number } | null = null;
  protected zooming = false;
  protected dragging = false;
  private frame: number | null = null;

  /** The canvases that move and scale with the view. */
  protected abstract canvases(): readonly HTMLCanvasElement[];
  /** Draws for the view as it is now (and sets `drawn`). */
  protected abstract draw(): void;
  protected abstract onMouseMove(e: L.LeafletMouseEvent): void;
  protected abstract onMouseOut(): void;

  /** Leaflet attaches these (with this layer as context) on add and detaches them on remove. */
  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      moveend: this.onMoveEnd,
      viewreset: this.onMoveEnd,
      resize: this.onMoveEnd,
      zoomanim: this.onZoomAnim as L.LeafletEventHandlerFn,
      zoom: this.onZoom,
      dragstart: this.onDragStart,
      dragend: this.onDragEnd,
      mousemove: this.onMouseMove as L.LeafletEventHandlerFn,
      mouseout: this.onMouseOut,
    };
  }

  /** What a drawing of the map's view as it is now covers. */
  protected paddedView(map: L.Map): PaddedView {
    const size = map.getSize();
    const pad = size.multiplyBy(PADDING).round();
    const extent = size.add(pad.multiplyBy(2));
    const topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1));
    const ratio = window.devicePixelRatio || 1;
    const zoom = map.getZoom();
    return { extent, topLeft, origin: topLeft.add(map.getPixelOrigin()), zoom, ratio, width: Math.round(extent.x * ratio), height: Math.round(extent.y * ratio) };
  }

  /** Places `canvas` over the padded view and sizes it to it; true when its size changed (which clears it). */
  protected placeCanvas(canvas: HTMLCanvasElement, { topLeft, extent, width, height }: PaddedView): boolean {
    L.DomUtil.setPosition(canvas, topLeft);
    if (canvas.width === width && canvas.height === height) return false;
    canvas.width = width;
    canvas.height = height;
    canvas.style.width = `${extent.x}px`;
    canvas.style.height = `${extent.y}px`;
    return true;
  }

  /** Draws in the next frame (once, however often asked). */
  protected requestDraw(): void {
    if (this.map && this.frame === null) this.frame = L.Util.requestAnimFrame(this.drawInFrame, this);
  }

  /** Forgets the map and the view: for onRemove. */
  protected stopFollowing(): void {
    if (this.frame !== null) L.Util.cancelAnimFrame(this.frame);
    this.frame = null;
    this.map = null;
    this.drawn = null;
    this.zooming = false;
    this.dragging = false;
  }

  protected onDragStart(): void {
    this.dragging = true;
  }

  protected onDragEnd(): void {
    this.dragging = false;
  }

  private drawInFrame(): void {
    this.frame = null;
    this.draw();
  }

  private onMoveEnd(): void {
    this.zooming = false;
    if (this.frame !== null) L.Util.cancelAnimFrame(this.frame);
    this.frame = null;
    this.draw();
  }

  /** A zoom animation starts: scale and move the drawn canvases to where they will be. */
  private onZoomAnim(e: L.ZoomAnimEvent): void {
    const map = this.map;
    if (!map) return;
    this.zooming = true;
    // The pixel origin the map will have at the end: the new centre, half a map to the top-left,
    // in the frame of the map pane, which stays where it is through the animation.
    const panePos = map.layerPointToContainerPoint([0, 0]);
    const origin = map.project(e.center, e.zoom).subtract(map.getSize().divideBy(2)).add(panePos).round();
    this.transformTo(origin, e.zoom);
  }

  /** A zoom without animation (a pinch, or animations off): follow it until the redraw at its end. */
  private onZoom(): void {
    const map = this.map;
    if (map) this.transformTo(map.getPixelOrigin(), map.getZoom());
  }

  private transformTo(pixelOrigin: L.Point, zoom: number): void {
    const map = this.map;
    if (!map || !this.drawn) return;
    const scale = map.getZoomScale(zoom, this.drawn.zoom);
    const offset = this.drawn.origin.multiplyBy(scale).subtract(pixelOrigin);
    for (const canvas of this.canvases()) L.DomUtil.setTransform(canvas, offset, scale);
  }
}
