// Names on the areas: one absolutely placed element each, centred by CSS. Leaflet's permanent
// tooltips measure every label to centre it, which forces a layout per label (500 areas took
// 0.6 s to label); these never read the layout, and hide themselves where an area is too small
// on screen for its name.
import * as L from 'leaflet';
import { nameIn, type Lang } from '../core/names';
import type { Site } from '../core/types';

export interface AreaLabel {
  site: Site;
  centre: L.LatLngTuple;
  bounds: L.LatLngBounds;
}

/** An area narrower than this on screen gets no label (its name is in its popup and the table). */
const MIN_LABEL_WIDTH_PX = 36;

export class AreaLabels extends L.Layer {
  private container: HTMLDivElement | null = null;
  /** Our own reference: Leaflet's `_map` on a layer is not public API. */
  private map: L.Map | null = null;
  private readonly elements = new Map<AreaLabel, HTMLDivElement>();
  private lang: Lang = 'en';

  constructor(private readonly labels: readonly AreaLabel[]) {
    super();
  }

  override onAdd(map: L.Map): this {
    this.map = map;
    // Hidden while a zoom animates, placed anew when it ends.
    const container = L.DomUtil.create('div', 'area-labels leaflet-zoom-hide', map.getPane('tooltipPane'));
    this.container = container;
    for (const label of this.labels) {
      const el = L.DomUtil.create('div', 'area-label', container);
      el.dataset.site = label.site.id;
      this.elements.set(label, el);
    }
    this.setLang(this.lang);
    this.place();
    return this;
  }

  override onRemove(): this {
    this.container?.remove();
    this.container = null;
    this.map = null;
    this.elements.clear();
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { zoomend: this.place, viewreset: this.place };
  }

  /** Names in the reader's language, falling back to English (marked with a dotted underline). */
  setLang(lang: Lang): void {
    this.lang = lang;
    for (const [label, el] of this.elements) {
      const shown = nameIn(label.site.properties.name, lang);
      const span = document.createElement('span');
      span.textContent = shown.lang === 'en' ? shortLabel(shown.text) : shown.text;
      span.lang = shown.lang;
      span.dir = 'auto';
      if (shown.fallback) span.className = 'name-fallback';
      el.replaceChildren(span);
    }
  }

  private place(): void {
    const map = this.map;
    if (!map) return;
    for (const [label, el] of this.elements) {
      const west = map.latLngToLayerPoint(label.bounds.getSouthWest());
      const east = map.latLngToLayerPoint(label.bounds.getNorthEast());
      const fits = east.x - west.x >= MIN_LABEL_WIDTH_PX;
      el.hidden = !fits;
      if (!fits) continue;
      const p = map.latLngToLayerPoint(label.centre);
      el.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px) translate(-50%, -50%)`;
    }
  }
}

/** "Corniche (Kurdish Corniche)" → "Corniche": the map label; the full name is in popups and the table. */
function shortLabel(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '') || name;
}
