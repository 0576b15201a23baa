// The "was: <holder>" lines of a range's changed areas (range-marks-layer.ts), in one element over
// the map, each placed by a 2D transform as the area names are (area-labels.ts). As Leaflet markers,
// each placed by translate3d in a pane that is a layer of its own, Chromium gave every line a
// composited layer (70 at 500 areas), which each step of a range then layerized, committed and drew.
import * as L from 'leaflet';

interface WasLabel {
  latLng: L.LatLngTuple;
  element: HTMLElement;
}

export class WasLabels extends L.Layer {
  private container: HTMLDivElement | null = null;
  /** Our own reference: Leaflet's `_map` on a layer is not public API. */
  private map: L.Map | null = null;
  private readonly labels = new Map<string, WasLabel>();

  /** Shows `element` at `latLng` as the line of `id` (replacing the one it had). */
  set(id: string, latLng: L.LatLngTuple, element: HTMLElement): void {
    this.labels.get(id)?.element.remove();
    const label = { latLng, element };
    this.labels.set(id, label);
    if (this.container) {
      this.place(label);
      this.container.append(element);
    }
  }

  /** Drops the line of `id`, if there is one. */
  delete(id: string): void {
    this.labels.get(id)?.element.remove();
    this.labels.delete(id);
  }

  /** Drops every line. */
  clear(): void {
    for (const { element } of this.labels.values()) element.remove();
    this.labels.clear();
  }

  override onAdd(map: L.Map): this {
    this.map = map;
    // Hidden while a zoom animates, placed anew when it ends.
    this.container = L.DomUtil.create('div', 'area-was-labels leaflet-zoom-hide', map.getPane('tooltipPane'));
    this.placeAll();
    this.container.append(...[...this.labels.values()].map((label) => label.element));
    return this;
  }

  override onRemove(): this {
    this.container?.remove();
    this.container = null;
    this.map = null;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { zoomend: this.placeAll, viewreset: this.placeAll };
  }

  private placeAll(): void {
    for (const label of this.labels.values()) this.place(label);
  }

  private place({ latLng, element }: WasLabel): void {
    const p = this.map?.latLngToLayerPoint(latLng);
    // Whole pixels keep the text crisp; a 2D translation keeps the lines on the pane's own layer.
    if (p) element.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px)`;
  }
}
