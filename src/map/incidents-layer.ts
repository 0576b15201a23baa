// Incident marks for the moment shown: added and removed as the window moves, faded by age.
import * as L from 'leaflet';
import type { Incident } from '../core/types';
import { HOUR } from '../core/time';
import { selectVisibleIncidents } from '../store/selectors';
import { locate, sitePosition, toLatLng } from './geometry';
import { INCIDENT_LAYER } from '../core/incidents';
import { INCIDENT_LAYER_COLOURS, incidentIconHtml } from '../marks/icons';
import { LAYER_SHAPES, type MarkShape } from '../marks/mark-shapes';
import { placeMarkers } from './placement';
import type { CanvasPoint, PointCanvas } from './point-canvas';
import { hasSiteMarker } from './sites-layer';
import { lazyPopup } from './lazy-popup';
import { StoreLayer } from './store-layer';

const ICON_SIZE = 28;
const FIRE_TYPES = new Set(['mortar', 'artillery']);
/** Beyond this many incidents on the map, marks are drawn as canvas circles (no DOM per mark). */
const DENSE_AT = 300;

interface IncidentMark {
  incident: Incident;
  group: L.FeatureGroup;
  marker: L.Marker;
  /** Drawn only while selected, for incidents that are not fire. */
  uncertainty: L.Circle | null;
  /** Pixel offset from the true position, so that nearby marks do not cover each other. */
  offset: string;
  fade: number;
}

export class IncidentsLayer extends StoreLayer {
  private readonly marks = new Map<string, IncidentMark>();
  private map: L.Map | null = null;
  private dense = false;
  /** Crowded moments: every mark on one canvas, and one popup for whichever is chosen. Its code
   * loads the first time a moment is crowded, outside the first-load bundle. */
  private canvas: PointCanvas | null = null;
  private canvasLoading: Promise<void> | null = null;
  private latest: { visible: readonly Incident[]; time: number } | null = null;
  private readonly densePopup = L.popup({ maxWidth: 340, autoPanPadding: [24, 24] });
  private readonly denseMarks = new WeakMap<Incident, { latLng: L.LatLngTuple; colour: string; shape: MarkShape; start: number } | null>();
  private densePopupFor: string | null = null;

  protected build(map: L.Map): void {
    this.map = map;
    this.densePopup.on('remove', () => {
      const id = this.store.getState().selectedId;
      if (this.dense && id !== null && id === this.densePopupFor) this.store.getState().selectIncident(null);
      this.densePopupFor = null;
    });
    this.watch(
      (s) => [selectVisibleIncidents(s), s.time] as const,
      ([visible, time]) => this.update(visible, time),
    );
    this.watch((s) => s.selectedId, (id, prev) => this.select(id, prev, map));
  }

  /** Leaflet attaches these (with this layer as context) on add and detaches them on remove. */
  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { zoomend: this.onZoomEnd };
  }

  private onZoomEnd(): void {
    if (!this.dense) this.place([...this.marks.values()].map((m) => m.incident));
  }

  /** Resolves once the marks for the moment shown are drawn (after the canvas code, when crowded). */
  override whenDrawn(): Promise<void> {
    return this.dense && !this.canvas && this.canvasLoading ? this.canvasLoading : Promise.resolve();
  }

  private loadCanvas(): void {
    this.canvasLoading ??= import('./point-canvas').then(({ PointCanvas }) => {
      this.canvas = new PointCanvas((id) => this.store.getState().selectIncident(id, { moveTime: false }));
      if (this.dense && this.map && this.latest) {
        this.map.addLayer(this.canvas);
        this.canvas.setPoints(this.canvasPoints(this.latest.visible, this.latest.time), this.store.getState().selectedId);
      }
    });
  }

  protected reset(): void {
    if (this.canvas) this.map?.removeLayer(this.canvas);
    this.map?.closePopup(this.densePopup);
    this.map = null;
    this.marks.clear();
    this.dense = false;
  }

  private update(visible: readonly Incident[], time: number): void {
    const dense = visible.length > DENSE_AT;
    if (dense !== this.dense) {
      this.group.clearLayers();
      this.marks.clear();
      this.dense = dense;
      if (dense && this.canvas) this.map?.addLayer(this.canvas);
      else if (!dense) {
        if (this.canvas) this.map?.removeLayer(this.canvas);
        this.map?.closePopup(this.densePopup);
      }
    }
    if (dense) {
      this.latest = { visible, time };
      if (this.canvas) this.canvas.setPoints(this.canvasPoints(visible, time), this.store.getState().selectedId);
      else this.loadCanvas();
      return;
    }
    const wanted = new Set(visible.map((i) => i.id));
    for (const [id, mark] of this.marks) {
      if (!wanted.has(id)) {
        this.group.removeLayer(mark.group);
        this.marks.delete(id);
      }
    }
    for (const incident of visible) {
      let mark = this.marks.get(incident.id);
      if (!mark) {
        const created = this.create(incident);
        if (!created) continue;
        mark = created;
        this.marks.set(incident.id, mark);
        mark.group.addTo(this.group);
      }
      const fade = fadeFor(time - Date.parse(incident.start));
      if (fade !== mark.fade) {
        mark.fade = fade;
        mark.marker.setOpacity(fade);
      }
    }
    // Marks already on the map keep their spots; new ones find free spots around them.
    this.place([...this.marks.values()].map((m) => m.incident));
  }

  private canvasPoints(visible: readonly Incident[], time: number): CanvasPoint[] {
    const points: CanvasPoint[] = [];
    for (const incident of visible) {
      // Where and how an incident is drawn never changes: worked out once, only its fade per step.
      let mark = this.denseMarks.get(incident);
      if (mark === undefined) {
        const where = locate(incident.location, this.ctx.sites);
        const layer = INCIDENT_LAYER[incident.type];
        mark = where ? { latLng: toLatLng(where.position), colour: INCIDENT_LAYER_COLOURS[layer], shape: LAYER_SHAPES[layer], start: Date.parse(incident.start) } : null;
        this.denseMarks.set(incident, mark);
      }
      if (!mark) continue;
      points.push({ id: incident.id, latLng: mark.latLng, colour: mark.colour, shape: mark.shape, alpha: fadeFor(time - mark.start) });
    }
    return points;
  }

  private bindIncident(marker: L.Marker, incident: Incident): void {
    marker.bindPopup(lazyPopup(marker, (m) => m.incidentPopup(incident, this.ctx)), { maxWidth: 340, autoPanPadding: [24, 24] });
    marker.on('click', () => this.store.getState().selectIncident(incident.id, { moveTime: false }));
    marker.on('popupclose', () => {
      if (this.store.getState().selectedId === incident.id) this.store.getState().selectIncident(null);
    });
  }

  /** Spreads marks that would overlap at the current zoom; touches only marks whose offset changes. */
  private place(visible: readonly Incident[]): void {
    const map = this.map;
    if (!map) return;
    const points = [];
    for (const incident of visible) {
      const mark = this.marks.get(incident.id);
      if (!mark) continue;
      const p = map.latLngToLayerPoint(mark.marker.getLatLng());
      points.push({ id: incident.id, x: p.x, y: p.y });
    }
    // Site icons stay put; incident marks move aside from them and from each other.
    const obstacles = [...this.ctx.sites.values()].filter(hasSiteMarker)
      .map((site) => map.latLngToLayerPoint(toLatLng(sitePosition(site))));
    const offsets = placeMarkers(points, ICON_SIZE, obstacles);
    for (const [id, offset] of offsets) {
      const mark = this.marks.get(id);
      const key = offset.join(',');
      if (!mark || mark.offset === key) continue;
      mark.offset = key;
      mark.marker.setIcon(this.icon(mark.incident, offset));
      this.markSelected(mark, this.store.getState().selectedId === id);
    }
  }

  private icon(incident: Incident, [dx, dy]: [number, number]): L.DivIcon {
    return L.divIcon({
      html: incidentIconHtml(incident.type),
      className: `incident-marker incident-${incident.type}`,
      iconSize: [ICON_SIZE, ICON_SIZE],
      iconAnchor: [ICON_SIZE / 2 - dx, ICON_SIZE / 2 - dy],
      popupAnchor: [dx, dy - ICON_SIZE / 2],
    });
  }

  private create(incident: Incident): IncidentMark | null {
    const where = locate(incident.location, this.ctx.sites);
    if (!where) return null;
    const group = L.featureGroup();
    const impact = toLatLng(where.position);
    const fire = FIRE_TYPES.has(incident.type);
    let uncertainty: L.Circle | null = null;
    if (where.precisionM > 0) {
      uncertainty = uncertaintyCircle(where.position, where.precisionM, fire);
      if (fire) uncertainty.addTo(group);
    }
    if (incident.origin) {
      const from = locate(incident.origin, this.ctx.sites);
      if (from) {
        L.polyline([toLatLng(from.position), impact], {
          className: 'fire-line', color: '#d55e00', weight: 2.5, dashArray: '6 5', interactive: false,
        }).addTo(group);
      }
    }
    const marker = L.marker(impact, {
      icon: this.icon(incident, [0, 0]),
      title: `${this.ctx.words().incidentTypes[incident.type]}: ${incident.title}`,
      alt: incident.title,
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: 1000,
    });
    this.bindIncident(marker, incident);
    marker.addTo(group);
    const mark: IncidentMark = { incident, group, marker, uncertainty: fire ? null : uncertainty, offset: '0,0', fade: 1 };
    marker.on('add', () => this.markSelected(mark, this.store.getState().selectedId === incident.id));
    return mark;
  }

  private markSelected(mark: IncidentMark, selected: boolean): void {
    mark.marker.getElement()?.classList.toggle('is-selected', selected);
    if (mark.uncertainty) {
      if (selected) mark.uncertainty.addTo(mark.group);
      else mark.group.removeLayer(mark.uncertainty);
    }
  }

  private select(id: string | null, prev: string | null, map: L.Map): void {
    if (this.dense) {
      this.selectDense(id, map);
      return;
    }
    const old = prev ? this.marks.get(prev) : undefined;
    if (old && prev !== id) this.markSelected(old, false);
    const mark = id ? this.marks.get(id) : undefined;
    if (!mark) return;
    this.markSelected(mark, true);
    if (!mark.marker.isPopupOpen()) mark.marker.openPopup();
    map.panInside(mark.marker.getLatLng(), { padding: [40, 40] });
  }

  private selectDense(id: string | null, map: L.Map): void {
    this.canvas?.setSelected(id);
    const incident = id === null ? undefined : this.store.getState().index?.incidents.byId.get(id);
    const latLng = incident ? this.denseMarks.get(incident)?.latLng : undefined;
    if (!incident || !latLng) {
      map.closePopup(this.densePopup);
      return;
    }
    this.densePopupFor = incident.id;
    this.densePopup.setLatLng(latLng).setContent(lazyPopup(this.densePopup, (m) => m.incidentPopup(incident, this.ctx)));
    if (!map.hasLayer(this.densePopup)) this.densePopup.openOn(map);
    else this.densePopup.update();
    map.panInside(latLng, { padding: [40, 40] });
  }
}

/** Full strength for three hours, then fading to a floor over the window. */
function fadeFor(ageMs: number): number {
  if (ageMs <= 3 * HOUR) return 1;
  return ageMs <= 12 * HOUR ? 0.75 : 0.5;
}

function uncertaintyCircle(center: [number, number], metres: number, fire: boolean): L.Circle {
  return L.circle(toLatLng(center), {
    radius: metres, className: 'uncertainty', interactive: false, weight: 1.2, dashArray: '3 4',
    color: fire ? '#d55e00' : '#444', fillColor: fire ? '#d55e00' : '#777', fillOpacity: fire ? 0.1 : 0.06,
  });
}
