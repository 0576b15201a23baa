// Incident marks for the moment shown: added and removed as the window moves, faded by age.
import * as L from 'leaflet';
import { circle } from '@turf/turf';
import { shallow } from 'zustand/shallow';
import type { Incident } from '../core/types';
import { HOUR } from '../core/time';
import type { AppStore } from '../store/store';
import { selectVisibleIncidents } from '../store/selectors';
import { locate, toLatLng } from './geometry';
import { INCIDENT_TYPE_LABELS, incidentIconHtml } from './icons';
import { incidentPopup, type PopupContext } from './popup';

const ICON_SIZE = 28;
const FIRE_TYPES = new Set(['mortar', 'artillery']);

interface IncidentMark {
  incident: Incident;
  group: L.FeatureGroup;
  marker: L.Marker;
  /** Drawn only while selected, for incidents that are not fire. */
  uncertainty: L.Polygon | null;
  slot: number;
  fade: number;
}

export class IncidentsLayer extends L.Layer {
  private readonly group = L.featureGroup();
  private readonly marks = new Map<string, IncidentMark>();
  private readonly unsubscribes: (() => void)[] = [];

  constructor(private readonly store: AppStore, private readonly ctx: PopupContext) {
    super();
  }

  override onAdd(map: L.Map): this {
    this.group.addTo(map);
    this.unsubscribes.push(this.store.subscribe(
      (s) => [selectVisibleIncidents(s), s.time] as const,
      ([visible, time]) => this.update(visible, time),
      { equalityFn: shallow, fireImmediately: true },
    ));
    this.unsubscribes.push(this.store.subscribe(
      (s) => s.selectedId,
      (id, prev) => this.select(id, prev, map),
      { fireImmediately: true },
    ));
    return this;
  }

  override onRemove(map: L.Map): this {
    for (const u of this.unsubscribes.splice(0)) u();
    map.removeLayer(this.group);
    this.group.clearLayers();
    this.marks.clear();
    return this;
  }

  private update(visible: readonly Incident[], time: number): void {
    const wanted = new Set(visible.map((i) => i.id));
    for (const [id, mark] of this.marks) {
      if (!wanted.has(id)) {
        this.group.removeLayer(mark.group);
        this.marks.delete(id);
      }
    }
    const slots = slotsByPlace(visible, this.ctx);
    for (const incident of visible) {
      const slot = slots.get(incident.id) ?? 0;
      let mark = this.marks.get(incident.id);
      if (!mark) {
        const created = this.create(incident, slot);
        if (!created) continue;
        mark = created;
        this.marks.set(incident.id, mark);
        mark.group.addTo(this.group);
      } else if (mark.slot !== slot) {
        mark.slot = slot;
        mark.marker.setIcon(this.icon(incident, slot));
        this.markSelected(mark, this.store.getState().selectedId === incident.id);
      }
      const fade = fadeFor(time - Date.parse(incident.start));
      if (fade !== mark.fade) {
        mark.fade = fade;
        mark.marker.setOpacity(fade);
      }
    }
  }

  private icon(incident: Incident, slot: number): L.DivIcon {
    // Incidents at the same place fan out sideways so each stays clickable.
    const dx = slot === 0 ? 0 : (slot % 2 === 1 ? 1 : -1) * Math.ceil(slot / 2) * (ICON_SIZE - 4);
    return L.divIcon({
      html: incidentIconHtml(incident.type),
      className: `incident-marker incident-${incident.type}`,
      iconSize: [ICON_SIZE, ICON_SIZE],
      iconAnchor: [ICON_SIZE / 2 - dx, ICON_SIZE / 2],
      popupAnchor: [dx, -ICON_SIZE / 2],
    });
  }

  private create(incident: Incident, slot: number): IncidentMark | null {
    const where = locate(incident.location, this.ctx.sites);
    if (!where) return null;
    const group = L.featureGroup();
    const impact = toLatLng(where.position);
    const fire = FIRE_TYPES.has(incident.type);
    let uncertainty: L.Polygon | null = null;
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
      icon: this.icon(incident, slot),
      title: `${INCIDENT_TYPE_LABELS[incident.type]}: ${incident.title}`,
      alt: incident.title,
      keyboard: true,
      riseOnHover: true,
    });
    marker.bindPopup(() => incidentPopup(incident, this.ctx), { maxWidth: 340, autoPanPadding: [24, 24] });
    marker.on('click', () => this.store.getState().selectIncident(incident.id, { moveTime: false }));
    marker.on('popupclose', () => {
      if (this.store.getState().selectedId === incident.id) this.store.getState().selectIncident(null);
    });
    marker.addTo(group);
    const mark: IncidentMark = { incident, group, marker, uncertainty: fire ? null : uncertainty, slot, fade: 1 };
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
    const old = prev ? this.marks.get(prev) : undefined;
    if (old && prev !== id) this.markSelected(old, false);
    const mark = id ? this.marks.get(id) : undefined;
    if (!mark) return;
    this.markSelected(mark, true);
    if (!mark.marker.isPopupOpen()) mark.marker.openPopup();
    map.panInside(mark.marker.getLatLng(), { padding: [40, 40] });
  }
}

/** Full strength for three hours, then fading to a floor over the window. */
function fadeFor(ageMs: number): number {
  if (ageMs <= 3 * HOUR) return 1;
  return ageMs <= 12 * HOUR ? 0.75 : 0.5;
}

function uncertaintyCircle(center: [number, number], metres: number, fire: boolean): L.Polygon {
  const ring = circle(center, metres / 1000, { steps: 48, units: 'kilometers' }).geometry.coordinates[0] ?? [];
  return L.polygon(ring.map(toLatLng), {
    className: 'uncertainty', interactive: false, weight: 1.2, dashArray: '3 4',
    color: fire ? '#d55e00' : '#444', fillColor: fire ? '#d55e00' : '#777', fillOpacity: fire ? 0.1 : 0.06,
  });
}

function slotsByPlace(visible: readonly Incident[], ctx: PopupContext): Map<string, number> {
  const used = new Map<string, number>();
  const slots = new Map<string, number>();
  for (const i of visible) {
    const where = locate(i.location, ctx.sites);
    if (!where) continue;
    const key = `${where.position[0].toFixed(5)},${where.position[1].toFixed(5)}`;
    const n = used.get(key) ?? 0;
    slots.set(i.id, n);
    used.set(key, n + 1);
  }
  return slots;
}
