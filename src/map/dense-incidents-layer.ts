// Incident marks for crowded moments: every mark on one canvas, one popup for whichever is chosen,
// and one listbox that takes the keyboard and screen readers from mark to mark. Loaded (with the
// canvas) the first time a moment is crowded, outside the first load.
import type * as L from 'leaflet';
import type { Incident } from '../core/types';
import { formatCount } from '../core/locale';
import { DEFAULT_VOCABULARY, typeLayer, typeName } from '../core/vocabulary';
import { MORE_MESSAGES } from '../i18n/more';
import { selectVisibleIncidents } from '../store/selectors';
import type { MarkShape } from '../marks/mark-shapes';
import { locate, toLatLng } from './geometry';
import { DetailsPopup } from './details-popup';
import { fadeFor } from '../core/incident-fade';
import { lazyPopup } from './lazy-popup';
import { MarkKeys } from './mark-keys';
import { markPlace, type MarkPlace } from './mark-place';
import { PointCanvas, type CanvasPoint } from './point-canvas';
import { StoreLayer } from './store-layer';

/** Where and how an incident is drawn: it never changes, so it is worked out once per incident. */
interface DenseMark {
  /** Shared by its points, which keep their projected position there. */
  place: MarkPlace;
  colour: string;
  shape: MarkShape;
  start: number;
  /** The canvas's points for the mark, one per fade (a few): made once each, so a step that leaves a mark as it was passes the same point. */
  points: CanvasPoint[];
}

export class DenseIncidentsLayer extends StoreLayer {
  private readonly canvas = new PointCanvas({ onPick: (id) => this.store.getState().selectIncident(id, { moveTime: false }) });
  private readonly keys = new MarkKeys({
    canvas: this.canvas,
    label: (count) => MORE_MESSAGES[this.ctx.lang()].mapMarks(formatCount(count, this.ctx.lang()), count),
    describe: (id) => {
      const index = this.store.getState().index;
      const incident = index?.incidents.byId.get(id);
      const type = incident && typeName(index?.vocabulary ?? DEFAULT_VOCABULARY, incident.type, { lang: this.ctx.lang(), builtIn: this.ctx.words().incidentTypes });
      return incident ? `${type}: ${incident.title}` : id;
    },
    onPick: (id) => this.store.getState().selectIncident(id, { moveTime: false }),
  });
  private readonly popup = new DetailsPopup({ maxWidth: 340, autoPanPadding: [24, 24], autoPan: this.ctx.autoPan !== false });
  private readonly marks = new WeakMap<Incident, DenseMark | null>();
  private map: L.Map | null = null;
  /** The incident the popup shows. */
  private popupFor: string | null = null;
  /** The last step's incidents and points, and how many of each lead with settled points (see points). */
  private last: { visible: readonly Incident[]; time: number; points: CanvasPoint[]; settledVisible: number; settledPoints: number } | null = null;

  protected build(map: L.Map): void {
    this.map = map;
    this.group.addLayer(this.canvas);
    this.keys.addTo(map);
    this.popup.on('remove', this.onPopupRemove, this);
    this.watch(
      (s) => [selectVisibleIncidents(s), s.time] as const,
      ([visible, time]) => {
        const points = this.points(visible, time);
        this.canvas.setPoints(points, this.store.getState().selectedId, { settled: this.last?.settledPoints ?? 0 });
        this.keys.setCount(points.length);
      },
    );
    this.watch((s) => s.uiLang, () => this.keys.relabel());
    this.watch((s) => s.selectedId, (id) => this.select(id, map));
  }

  protected reset(): void {
    this.keys.remove();
    // Closed because the layer goes, not by the reader: the selection stays.
    this.popup.off('remove', this.onPopupRemove, this);
    this.map?.closePopup(this.popup);
    this.map = null;
    this.popupFor = null;
    this.last = null;
  }

  /** The reader closed the popup (or opened another): nothing is selected any more. */
  private onPopupRemove(): void {
    const id = this.store.getState().selectedId;
    if (id !== null && id === this.popupFor) this.store.getState().selectIncident(null);
    this.popupFor = null;
  }

  private mark(incident: Incident): DenseMark | null {
    let mark = this.marks.get(incident);
    if (mark === undefined) {
      const where = locate(incident.location, this.ctx.sites);
      const layer = typeLayer(this.store.getState().index?.vocabulary ?? DEFAULT_VOCABULARY, incident.type);
      mark = where && layer ? { place: markPlace(toLatLng(where.position)), colour: layer.colour, shape: layer.mark, start: Date.parse(incident.start), points: [] } : null;
      this.marks.set(incident, mark);
    }
    return mark;
  }

  private points(visible: readonly Incident[], time: number): CanvasPoint[] {
    // Later on, settled marks stay settled: while the incidents begin as before (a range's end moved
    // on), the points of those leading with settled marks are the same, and only the rest are looked at.
    const last = this.last;
    let from = 0;
    if (last && time >= last.time && visible.length >= last.settledVisible) {
      while (from < last.settledVisible && visible[from] === last.visible[from]) from++;
      if (from < last.settledVisible) from = 0;
    }
    const points = from > 0 && last ? last.points.slice(0, last.settledPoints) : [];
    let settledVisible = from;
    let settledPoints = points.length;
    for (let i = from; i < visible.length; i++) {
      const incident = visible[i] as Incident;
      const mark = this.mark(incident);
      if (!mark) {
        if (settledVisible === i) settledVisible++;
        continue;
      }
      const alpha = fadeFor(time - mark.start);
      if (settledVisible === i && alpha === SETTLED_FADE) {
        settledVisible++;
        settledPoints++;
      }
      let point = mark.points.find((p) => p.alpha === alpha);
      if (!point) {
        point = { id: incident.id, place: mark.place, colour: mark.colour, shape: mark.shape, alpha };
        mark.points.push(point);
      }
      points.push(point);
    }
    this.last = { visible, time, points, settledVisible, settledPoints };
    return points;
  }

  private select(id: string | null, map: L.Map): void {
    this.canvas.setSelected(id);
    const incident = id === null ? undefined : this.store.getState().index?.incidents.byId.get(id);
    const latLng = incident ? this.mark(incident)?.place.latLng : undefined;
    if (!incident || !latLng) {
      map.closePopup(this.popup);
      return;
    }
    this.popupFor = incident.id;
    this.popup.setLatLng(latLng).setContent(lazyPopup(this.popup, (m) => m.incidentPopup(incident, this.ctx)));
    if (!map.hasLayer(this.popup)) this.popup.openOn(map);
    else this.popup.update();
    map.panInside(latLng, { padding: [40, 40] });
  }
}

/** Marks faded as far as they go look the same at every later step. */
const SETTLED_FADE = fadeFor(Infinity);
