// Incident marks while few are on the map: one DOM marker per incident with its type's glyph, added
// and removed as the window moves, faded by age, spread apart where they would overlap.
import * as L from 'leaflet';
import type { Incident, Position } from '../core/types';
import { selectVisibleIncidents } from '../store/selectors';
import { incidentIconHtml } from '../marks/icons';
import { DEFAULT_VOCABULARY, isFire, typeGlyph, typeName } from '../core/vocabulary';
import { locate, sitePosition, toLatLng } from './geometry';
import { DetailsPopup } from './details-popup';
import { fadeFor } from '../core/incident-fade';
import { lazyPopup } from './lazy-popup';
import { placeMarkers } from '../core/placement';
import { hasSiteMarker } from './sites-layer';
import { StoreLayer } from './store-layer';

const ICON_SIZE = 28;

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

export class IncidentMarkersLayer extends StoreLayer {
  private readonly marks = new Map<string, IncidentMark>();
  private map: L.Map | null = null;
  /** Set while the layer leaves the map: its popups close then, but the reader did not close them. */
  private leaving = false;

  protected build(map: L.Map): void {
    this.map = map;
    this.watch(
      (s) => [selectVisibleIncidents(s), s.time] as const,
      ([visible, time]) => this.update(visible, time),
    );
    this.watch((s) => s.selectedId, (id, prev) => this.select(id, prev, map));
  }

  protected reset(): void {
    this.marks.clear();
    this.map = null;
  }

  override onRemove(map: L.Map): this {
    this.leaving = true;
    try {
      return super.onRemove(map);
    } finally {
      this.leaving = false;
    }
  }

  /** Leaflet attaches these (with this layer as context) on add and detaches them on remove. */
  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { zoomend: this.onZoomEnd };
  }

  private onZoomEnd(): void {
    this.place([...this.marks.values()].map((m) => m.incident));
  }

  private update(visible: readonly Incident[], time: number): void {
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
    this.place(visible);
  }

  /** Spreads marks that would overlap at the current zoom; touches only marks whose offset changes. */
  private place(incidents: readonly Incident[]): void {
    const map = this.map;
    if (!map) return;
    const points = [];
    for (const incident of incidents) {
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

  /** The dataset's incident types and layers. */
  private vocabulary() {
    return this.store.getState().index?.vocabulary ?? DEFAULT_VOCABULARY;
  }

  private icon(incident: Incident, [dx, dy]: [number, number]): L.DivIcon {
    return L.divIcon({
      html: incidentIconHtml(typeGlyph(this.vocabulary(), incident.type)),
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
    const fire = isFire(this.vocabulary(), incident.type);
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
      title: `${typeName(this.vocabulary(), incident.type, { lang: this.ctx.lang(), builtIn: this.ctx.words().incidentTypes })}: ${incident.title}`,
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

  private bindIncident(marker: L.Marker, incident: Incident): void {
    marker.bindPopup(new DetailsPopup({ maxWidth: 340, autoPanPadding: [24, 24], autoPan: this.ctx.autoPan !== false })
      .setContent(lazyPopup(marker, (m) => m.incidentPopup(incident, this.ctx))));
    marker.on('click', () => this.store.getState().selectIncident(incident.id, { moveTime: false }));
    marker.on('popupclose', () => {
      if (!this.leaving && this.store.getState().selectedId === incident.id) this.store.getState().selectIncident(null);
    });
  }

  private markSelected(mark: IncidentMark, selected: boolean): void {
    mark.marker.getElement()?.classList.toggle('is-selected', selected);
    if (mark.uncertainty) {
      if (selected) mark.uncertainty.addTo(mark.group);
      else mark.group.removeLayer(mark.uncertainty);
    }
  }

  private select(id: string | null, prev: string | null, map: L.Map): void {
    const old = prev ? this.marks.get(prev) : undefined;
    if (old && prev !== id) this.markSelected(old, false);
    const mark = id ? this.marks.get(id) : undefined;
    if (!mark) return;
    this.markSelected(mark, true);
    if (!mark.marker.isPopupOpen()) mark.marker.openPopup();
    map.panInside(mark.marker.getLatLng(), { padding: [40, 40] });
  }
}

function uncertaintyCircle(center: Position, metres: number, fire: boolean): L.Circle {
  return L.circle(toLatLng(center), {
    radius: metres, className: 'uncertainty', interactive: false, weight: 1.2, dashArray: '3 4',
    color: fire ? '#d55e00' : '#444', fillColor: fire ? '#d55e00' : '#777', fillOpacity: fire ? 0.1 : 0.06,
  });
}
