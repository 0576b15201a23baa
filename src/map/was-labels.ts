// The "was: <holder>" lines of a range's changed areas (range-marks-layer.ts), in one element over
// the map, each placed by a 2D transform as the area names are (area-labels.ts). As Leaflet markers,
// each placed by translate3d in a pane that is a layer of its own, Chromium gave every line a
// composited layer (70 at 500 areas), which each step of a range then layerized, committed and drew.
// Where lines crowd (a range over hundreds of small areas), a line that would cover one before it is
// hidden, by the rule and the estimated size the pictures use (core/label-fit.ts): no layout is read.
import * as L from 'leaflet';
import { labelsThatFit, wasLabelBox } from '../core/label-fit';

/** What sizes a line: its text, and how far under the area's centre its top is (null: centred on it). */
export interface WasLine {
  text: string;
  below: number | null;
}

interface WasLabel extends WasLine {
  latLng: L.LatLngTuple;
  element: HTMLElement;
  /** Where the line is on the map's layer, once placed. */
  point: L.Point | null;
}

export class WasLabels extends L.Layer {
  private container: HTMLDivElement | null = null;
  /** Our own reference: Leaflet's `_map` on a layer is not public API. */
  private map: L.Map | null = null;
  private readonly labels = new Map<string, WasLabel>();
  /** Lines were added or dropped: which fit is worked out once, after the changes of a step. */
  private fitDue = false;

  /** Shows `element` at `latLng` as the line of `id` (replacing the one it had). */
  set(id: string, latLng: L.LatLngTuple, element: HTMLElement, line: WasLine): void {
    this.labels.get(id)?.element.remove();
    const label: WasLabel = { latLng, element, ...line, point: null };
    this.labels.set(id, label);
    if (this.container) {
      this.place(label);
      this.container.append(element);
    }
    this.fitSoon();
  }

  /** Drops the line of `id`, if there is one. */
  delete(id: string): void {
    this.labels.get(id)?.element.remove();
    this.labels.delete(id);
    this.fitSoon();
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
    this.fit();
  }

  private place(label: WasLabel): void {
    const p = this.map?.latLngToLayerPoint(label.latLng);
    if (!p) return;
    // Whole pixels keep the text crisp; a 2D translation keeps the lines on the pane's own layer.
    label.point = p.round();
    label.element.style.transform = `translate(${label.point.x}px, ${label.point.y}px)`;
  }

  private fitSoon(): void {
    if (this.fitDue) return;
    this.fitDue = true;
    queueMicrotask(() => {
      this.fitDue = false;
      this.fit();
    });
  }

  /** Hides each line that would cover one before it (in the order they were set: the range's changes in order). */
  private fit(): void {
    const placed = [...this.labels.values()].filter((l): l is WasLabel & { point: L.Point } => l.point !== null);
    const shown = labelsThatFit(placed.map(({ point, text, below }) => wasLabelBox({ x: point.x, y: point.y, below, text })));
    placed.forEach((label, i) => {
      const hidden = !shown[i];
      if (label.element.hidden !== hidden) label.element.hidden = hidden;
    });
  }
}
