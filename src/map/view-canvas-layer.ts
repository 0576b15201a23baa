// What a canvas layer needs to follow the map's view with Leaflet's public API: redraw when a move
// or zoom ends, scale and move the drawn canvases through a zoom animation (as Leaflet's own layers
// do), draw at most once a frame, and know when the map is being dragged. The area canvas and the
// point canvas each draw their own things on top of it.
import * as L from 'leaflet';

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
