// In a range, marks every area that changed hands inside it so the change reads at a glance: an
// inner band in the colour of who held it as the range began, and a "was: <holder>" line under its
// place. Loaded on demand, the first time a range is shown. Marks are kept by area: moving an end of
// the range adds and drops the marks of the areas that came in or left, and leaves the others. The
// bands are SVG paths while the areas are; with many areas, drawn on the areas' canvas (canvas-bands.ts).
import * as L from 'leaflet';
import type { HandsChanged } from '../core/control-range';
import { hasAreaLabel } from '../core/area-label';
import type { Lang } from '../core/names';
import type { Actor, Site } from '../core/types';
import { MORE_MESSAGES } from '../i18n/more';
import { selectHandsChanged } from '../store/range-selectors';
import { selectActorsById, selectSitesById } from '../store/selectors';
import type { AppStore } from '../store/store';
import { areaPane } from './area-pane';
import { BAND_OPACITY, bandWeight, INSET_SCALE, RING_RADIUS, RING_WEIGHT, UNKNOWN_COLOUR } from './band-look';
import type { BandSink } from './canvas-bands';
import { el } from './dom';
import { insetRings, sitePosition, toLatLng } from './geometry';
import type { PopupContext } from './popup';
import { StoreLayer } from './store-layer';
import { WasLabels } from './was-labels';
import './range-marks.css';

/** One area's marks, and what they were drawn from: they are redrawn only when that changes. */
interface AreaMarks {
  key: string;
  /** Its SVG path; none where the areas' canvas draws the band. */
  band: L.Path | null;
}

export interface RangeMarksOptions {
  /** The areas' canvas, where the areas are drawn on one: the bands go there, not in SVG paths. */
  bands?: BandSink | null;
}

export class RangeMarksLayer extends StoreLayer {
  private readonly bands: BandSink | null;
  private readonly marks = new Map<string, AreaMarks>();
  /** What the marks were last drawn for. */
  private drawnFor: DrawInput | null = null;
  /** The "was" lines, one element for all (was-labels.ts). */
  private readonly labels = new WasLabels();
  private map: L.Map | null = null;
  /** Over the areas, their canvas included (area-pane.ts). */
  private pane = 'overlayPane';

  constructor(store: AppStore, ctx: PopupContext, { bands = null }: RangeMarksOptions = {}) {
    super(store, ctx);
    this.bands = bands;
  }

  protected build(map: L.Map): void {
    this.map = map;
    this.pane = areaPane(map);
    this.group.addLayer(this.labels);
    this.watch(
      (s) => [selectHandsChanged(s), s.layers.includes('control'), s.lang, selectActorsById(s), selectSitesById(s)] as const,
      ([changed, visible, lang, actors, sites]) => this.draw({ changed, visible, lang, actors, sites }),
    );
  }

  protected reset(): void {
    this.drawnFor = null;
    for (const id of this.marks.keys()) this.bands?.setBand(id, null);
    this.marks.clear();
    this.labels.clear();
    this.map = null;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { zoomend: this.fitBands };
  }

  private readonly fitBands = (): void => {
    for (const { band } of this.marks.values()) if (band) this.fitBand(band);
  };

  private fitBand(band: L.Path): void {
    // A ring keeps its weight; a band narrows on an area small on screen.
    if (band instanceof L.Polygon) band.setStyle({ weight: this.bandWeight(band.getBounds()) });
  }

  /** How wide a band over these bounds is drawn at the map's zoom. */
  private bandWeight(bounds: L.LatLngBounds): number {
    const map = this.map;
    if (!map) return bandWeight(Infinity);
    const west = map.latLngToLayerPoint(bounds.getSouthWest());
    const east = map.latLngToLayerPoint(bounds.getNorthEast());
    return bandWeight(Math.min(Math.abs(east.x - west.x), Math.abs(east.y - west.y)));
  }

  private draw(input: DrawInput): void {
    // A step that moves the range's end mostly leaves the same areas with the same earlier holders:
    // then nothing here changes, and no lookup or key is made for each of them.
    if (this.drawnFor && sameMarks(this.drawnFor, input)) return;
    this.drawnFor = input;
    const { changed, visible, lang, actors, sites } = input;
    // With the control layer off, areas show no holder: nor do these marks.
    const wanted = new Map<string, { change: HandsChanged; site: Site; was: Actor | undefined; key: string }>();
    if (visible) {
      for (const change of changed) {
        const site = sites.get(change.site);
        if (!site) continue;
        const was = actors.get(change.before.controller);
        wanted.set(site.id, { change, site, was, key: `${change.before.controller}|${was?.colour}|${was?.short}|${lang}` });
      }
    }
    for (const [id, marks] of this.marks) {
      if (wanted.get(id)?.key === marks.key) continue;
      if (marks.band) this.group.removeLayer(marks.band);
      else this.bands?.setBand(id, null);
      this.labels.delete(id);
      this.marks.delete(id);
    }
    for (const [id, { change, site, was, key }] of wanted) {
      if (this.marks.has(id)) continue;
      const centre = sitePosition(site);
      const colour = was?.colour ?? UNKNOWN_COLOUR;
      // A site held as a point gets a ring around its mark instead of a band.
      const point = site.geometry.type === 'Point';
      const rings = point ? [] : insetRings(site, centre, INSET_SCALE);
      const band = this.bands ? null : this.svgBand({ id, colour, centre: toLatLng(centre), rings });
      band?.getElement()?.setAttribute('data-was', change.before.controller);
      this.bands?.setBand(id, point ? { colour, point: toLatLng(centre) } : { colour, rings });
      const text = MORE_MESSAGES[lang].wasHolder(was?.short ?? change.before.controller);
      const place = point ? 'is-under-mark' : hasAreaLabel(site) ? 'is-under-name' : 'is-centred';
      this.labels.set(id, toLatLng(centre), wasLabel({ site, place, text, colour: was?.colour, lang }), { text, below: BELOW[place] });
      this.marks.set(id, { key, band });
    }
  }

  /** A band as an SVG path (a ring, for a site held as a point), drawn at its width for the zoom from the start: one drawing, not two. */
  private svgBand({ id, colour, centre, rings }: { id: string; colour: string; centre: L.LatLngTuple; rings: L.LatLngTuple[][] }): L.Path {
    const style = { className: `area-was area-was-${id}`, color: colour, opacity: BAND_OPACITY, fill: false, interactive: false, pane: this.pane };
    const band = rings.length === 0 ? L.circleMarker(centre, { ...style, radius: RING_RADIUS, weight: RING_WEIGHT })
      : L.polygon(rings, { ...style, weight: this.bandWeight(L.latLngBounds(rings.flat())) });
    return band.addTo(this.group);
  }
}

interface DrawInput {
  changed: readonly HandsChanged[];
  visible: boolean;
  lang: Lang;
  actors: Map<string, Actor>;
  sites: Map<string, Site>;
}

/** Whether two inputs draw the same marks: the same areas, each with the same holder before, in the same words and colours. */
function sameMarks(a: DrawInput, b: DrawInput): boolean {
  if (a.visible !== b.visible || a.lang !== b.lang || a.actors !== b.actors || a.sites !== b.sites || a.changed.length !== b.changed.length) return false;
  return a.changed.every((change, i) => change.site === b.changed[i]?.site && change.before.controller === b.changed[i]?.before.controller);
}

type WasPlace = 'is-under-mark' | 'is-under-name' | 'is-centred';

/** How far under the centre each place's line begins, as range-marks.css puts it (17 px; 0.75em of 10.5 px; centred). */
const BELOW: Record<WasPlace, number | null> = { 'is-under-mark': 17, 'is-under-name': 0.75 * 10.5, 'is-centred': null };

/** The "was" line: under the area's name where the map names the area, under a point's mark, else on its centre. */
function wasLabel({ site, place, text, colour, lang }: {
  site: Site; place: WasPlace; text: string; colour: string | undefined; lang: Lang;
}): HTMLElement {
  // The holder's colour is the data's; the rest of the look is range-marks.css (light and dark themes).
  const swatch = el('span', { class: 'area-was-swatch', 'aria-hidden': 'true' });
  swatch.style.background = colour ?? UNKNOWN_COLOUR;
  const label = el('span', { class: `area-was-text ${place}`, lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }, swatch, text);
  return el('div', { class: `area-was-label area-was-label-${site.id}` }, label);
}
