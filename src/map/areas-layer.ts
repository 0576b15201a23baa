// Area polygons filled by their controller at the moment shown; restyled only when their state changes.
// In a range, control at its end; what changed inside it is marked by a layer loaded on demand. An SVG
// path each while they are few; one canvas for many (area-canvas.ts).
import * as L from 'leaflet';
import { changedHandsRecently, RECENT_CHANGE_MS, type AreaState } from '../core/control';
import type { Actor, Site } from '../core/types';
import { selectAreaStates } from '../store/selectors';
import type { AreaCanvas } from './area-canvas';
import { AreaLabels, type AreaLabel } from './area-labels';
import { el } from './dom';
import { DetailsPopup } from './details-popup';
import { polygonLatLngs, sitePosition, toLatLng } from './geometry';
import { hatchId } from './patterns';
import { lazyPopup } from './lazy-popup';
import { StoreLayer } from './store-layer';
import { hasAreaLabel } from '../core/area-label';

interface AreaEntry {
  site: Site;
  /** Its SVG path; none where the canvas draws every area. */
  path: L.Polygon | null;
  state: AreaState | undefined;
  /** Its style at the moment shown, as its path has it or the canvas draws it. */
  style: L.PathOptions | null;
  styleKey: string;
  /** Drawn as having changed hands lately. */
  recent: boolean;
}

/**
 * From this many areas on, they are drawn on one canvas (loaded on demand) rather than as an SVG path
 * each: 500 paths took a tenth of the first draw, and the code of the canvas would not fit in the
 * first load, which the few areas of most datasets (the built-in one has 14) never need.
 */
const CANVAS_FROM = 100;

export class AreasLayer extends StoreLayer {
  private readonly entries = new Map<string, AreaEntry>();
  private visible = true;
  /** The areas' canvas, once loaded (with many areas), and its loading. */
  private canvas: AreaCanvas | null = null;
  private canvasLoading: Promise<void> | null = null;
  /** The marks of a range, loaded the first time one is shown. */
  private rangeMarks: Promise<void> | null = null;
  /** The marks of the Claims switch, loaded the first time it is on. */
  private claimMarks: Promise<void> | null = null;

  protected build(): void {
    const { dataset, index } = this.store.getState();
    if (!dataset || !index) return;
    // Counted by the sites whose control is tracked (the areas, and the few points held).
    const onCanvas = index.control.tracks.size >= CANVAS_FROM;
    const labels: AreaLabel[] = [];
    for (const site of dataset.sites) {
      if (site.geometry.type === 'Point' || !index.control.tracks.has(site.id)) continue;
      const latLngs = polygonLatLngs(site) as L.LatLngExpression[][];
      const path = onCanvas ? null : L.polygon(latLngs, { className: `area area-${site.id}`, weight: 1.2 });
      const entry: AreaEntry = { site, path, state: undefined, style: null, styleKey: '', recent: false };
      // Never a string: Leaflet would read it as HTML.
      path?.bindPopup(new DetailsPopup({ maxWidth: 320 })
        .setContent(lazyPopup(path, (m) => (entry.state ? m.areaPopup(site, entry.state, this.ctx) : el('h2', {}, site.properties.name.en)))));
      if (hasAreaLabel(site)) {
        labels.push({ site, centre: toLatLng(sitePosition(site)), bounds: (path ?? L.polygon(latLngs)).getBounds() });
      }
      path?.addTo(this.group);
      this.entries.set(site.id, entry);
    }
    if (onCanvas) this.loadCanvas();
    const areaLabels = new AreaLabels(labels);
    areaLabels.addTo(this.group);
    this.watch(
      (s) => [selectAreaStates(s), s.time, s.layers.includes('control'), s.span === 'range'] as const,
      ([states, time, visible, inRange]) => this.update(states, time, visible, inRange),
    );
    this.watch((s) => s.lang, (lang) => areaLabels.setLang(lang));
    this.watch((s) => s.claims, (on) => { if (on) this.loadClaimMarks(); });
  }

  protected reset(): void {
    this.entries.clear();
    this.canvas = null;
    this.canvasLoading = null;
    this.rangeMarks = null;
    this.claimMarks = null;
  }

  /** Resolves once the areas are drawn: at once as SVG paths, after the canvas's code with many areas. */
  override whenDrawn(): Promise<void> {
    return this.canvasLoading ?? Promise.resolve();
  }

  private loadCanvas(): void {
    const loading: Promise<void> = import('./area-canvas').then((m) => {
      // Not if the areas left the map meanwhile.
      if (this.canvasLoading === loading) this.group.addLayer(this.canvas = new m.AreaCanvas({ areas: this.entries, ctx: this.ctx }));
    });
    this.canvasLoading = loading;
  }

  private loadClaimMarks(): void {
    if (this.claimMarks) return;
    const loading: Promise<void> = import('./claims-layer').then((m) => {
      // Kept while the areas are (with the switch off it marks nothing).
      if (this.claimMarks === loading) this.group.addLayer(new m.ClaimsLayer(this.store, this.ctx));
    });
    this.claimMarks = loading;
  }

  private loadRangeMarks(): void {
    if (this.rangeMarks) return;
    // With the canvas's code, where the areas are on one: their bands are drawn on it.
    const loading: Promise<void> = Promise.all([import('./range-marks-layer'), this.canvasLoading]).then(([m]) => {
      // Kept while the areas are (out of a range it marks nothing); not if the areas left meanwhile.
      if (this.rangeMarks === loading) this.group.addLayer(new m.RangeMarksLayer(this.store, this.ctx, { bands: this.canvas }));
    });
    this.rangeMarks = loading;
  }

  private update(states: readonly AreaState[], time: number, visible: boolean, inRange: boolean): void {
    const actors = this.ctx.actors;
    if (inRange) this.loadRangeMarks();
    const visibilityChanged = visible !== this.visible;
    this.visible = visible;
    for (const state of states) {
      const entry = this.entries.get(state.site);
      if (!entry) continue;
      // A step leaves most areas as they were (the same state object, still recent or not): skip those.
      // In a range, what changed inside it is marked instead (range-marks-layer.ts).
      const recent = !inRange && changedHandsRecently(state, time, RECENT_CHANGE_MS);
      if (entry.state === state && recent === entry.recent && !visibilityChanged) continue;
      entry.state = state;
      entry.recent = recent;
      const key = `${state.controller}|${state.contested}|${recent}|${visible}`;
      if (key === entry.styleKey) continue;
      entry.styleKey = key;
      entry.style = areaStyle(state, actors.get(state.controller), recent, visible, entry.site.properties.geometry_precision !== 'exact');
      this.canvas?.redraw();
      const el = entry.path?.setStyle(entry.style).getElement();
      if (el) {
        el.setAttribute('data-controller', state.controller);
        el.classList.toggle('is-contested', state.contested);
        el.classList.toggle('is-recent', recent);
      }
    }
  }
}

/** An area's style, which its SVG path or the canvas draws (theme-dark.css adjusts the paths in the dark theme, the canvas itself). */
function areaStyle(state: AreaState, actor: Actor | undefined, recent: boolean, visible: boolean, drawn: boolean): L.PathOptions {
  if (!visible) return { fillOpacity: 0, color: '#666', weight: 1, dashArray: '3 3', opacity: 0.6 };
  const colour = actor?.colour ?? '#999999';
  return {
    fillColor: state.contested ? `url(#${hatchId(state.controller)})` : colour,
    fillOpacity: state.contested ? 0.85 : 0.42,
    color: recent ? '#111111' : '#3a3a3a',
    weight: recent ? 3.5 : 1.2,
    opacity: recent ? 1 : 0.8,
    // Schematic and approximate outlines are dashed: they are zones, not surveyed boundaries.
    dashArray: recent ? '' : drawn ? '4 3' : '',
  };
}
