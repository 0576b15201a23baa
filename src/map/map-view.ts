// Creates the Leaflet map in a host element and wires its layers to the store; returns a destroyer.
import type { CiteRecord } from '../core/citation';
import { FIRST_DRAW_MARK } from '../core/performance-marks';
import * as L from 'leaflet';
import { prefersReducedMotion } from '../app/reduced-motion';
import { nameIn } from '../core/names';
import type { AppStore } from '../store/store';
import { selectActorsById, selectSitesById, selectTimeZone } from '../store/selectors';
import { AreasLayer } from './areas-layer';
import { basemapLayer } from './basemap-layer';
import { htmlText } from './dom';
import { IncidentsLayer } from './incidents-layer';
import { clickButtonsByKeyboard } from './keyboard-buttons';
import { frameMinZoom, initialFrame } from './initial-frame';
import { followMapWords } from './map-words';
import { installHatchPatterns } from './patterns';
import type { PopupContext } from './popup';
import { SitesLayer } from './sites-layer';
import { STILL_MAP_OPTIONS, stopPanAnimation } from './still-map';
import { syncView } from './view-sync';

export interface MapOptions {
  /** Web tiles under the dataset's own basemap, which is drawn either way. */
  tiles?: { url: string; attribution: string; max_zoom?: number | undefined } | null | undefined;
  /** Called once when web tiles fail, so the UI can say so quietly. */
  onTileFailure?: () => void;
  /** The address of an incident's own link, for popups. */
  permalink?: (id: string) => string;
  /** Opens the Cite dialog for a record: each popup offers it where this is given. */
  onCite?: (record: CiteRecord) => void;
}

/** Labels crowd below this zoom; CSS hides them. */
const LABEL_MIN_ZOOM = 13.5;

/** The app's map for each store, which the compare view's second map keeps in step with. */
const appMaps = new WeakMap<AppStore, L.Map>();

/** The app's map, in `host`; returns its destroyer. */
export function mountMap(host: HTMLElement, store: AppStore, options: MapOptions = {}): () => void {
  const { map, layersDrawn, destroy } = buildMap(host, store, options, 'app');
  appMaps.set(store, map);
  // The benchmark reads this: the frame in which the map with all its layers is first drawn (and the
  // parts that wait for the first map start loading then).
  void layersDrawn.then(() => requestAnimationFrame(() => performance.mark(FIRST_DRAW_MARK)));
  return () => {
    appMaps.delete(store);
    destroy();
  };
}

/** The map mounted for `store` by mountMap, if one is. */
export function appMapOf(store: AppStore): L.Map | undefined {
  return appMaps.get(store);
}

export interface BuiltMap {
  map: L.Map;
  /** Resolves once every layer has drawn the moment shown. */
  layersDrawn: Promise<unknown>;
  destroy: () => void;
}

/**
 * A map with every layer, driven by `store`. The compare view's second map ('compare') shares the
 * app map's hatch patterns and lets the app map's popups alone pan the two.
 */
export function buildMap(host: HTMLElement, store: AppStore, options: MapOptions, role: 'app' | 'compare'): BuiltMap {
  const state = store.getState();
  const dataset = state.dataset;
  if (!dataset) throw new Error('mountMap needs a loaded dataset');

  const ctx: PopupContext = {
    timeZone: selectTimeZone(state),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    actors: selectActorsById(state),
    sites: selectSitesById(state),
    permalink: options.permalink,
    cite: options.onCite,
    placeName: (name) => nameIn(name, store.getState().lang).text,
    words: () => store.getState().messages,
    lang: () => store.getState().uiLang,
    now: () => store.getState().time,
    vocabulary: () => store.getState().index?.vocabulary,
    autoPan: role === 'app',
  };
  // First, so that a dataset with nothing to place fails before anything is built.
  const frame = initialFrame(dataset);
  const [w, s, e, n] = frame;
  const removePatterns = role === 'app' ? installHatchPatterns(host.ownerDocument, dataset.actors) : () => {};
  const still = prefersReducedMotion(host.ownerDocument.defaultView);
  const map = L.map(host, { zoomSnap: 0.5, minZoom: frameMinZoom(frame), maxZoom: 18, attributionControl: true, zoomControl: false, ...(still ? STILL_MAP_OPTIONS : {}) });
  if (still) stopPanAnimation(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>');

  // Leaflet needs a view before vector layers are added (its polygon clipping fails otherwise).
  const bounds = L.latLngBounds([s, w], [n, e]);
  const limits = bounds.pad(1.5);
  map.setMaxBounds(limits);
  const frameDefault = () => map.fitBounds(bounds, { padding: [28, 28], animate: false });
  const stopViewSync = syncView(map, store, frameDefault);

  if (options.tiles) addWebTiles(map, options.tiles, options.onTileFailure);
  const basemap = basemapLayer(dataset.basemap);
  basemap.layer.addTo(map);
  const stopBasemapLang = store.subscribe((s) => s.lang, basemap.setLang, { fireImmediately: true });
  const stopMapWords = followMapWords(map, store, { basemap: dataset.basemap.length > 0 });
  L.control.scale({ imperial: false }).addTo(map);

  const layers = [new AreasLayer(store, ctx), new SitesLayer(store, ctx), new IncidentsLayer(store, ctx)];
  for (const layer of layers) layer.addTo(map);

  const container = map.getContainer();
  const stopKeyboardButtons = clickButtonsByKeyboard(container);
  const onZoom = () => container.classList.toggle('labels-hidden', map.getZoom() < LABEL_MIN_ZOOM);
  map.on('zoomend', onZoom);
  onZoom();

  // A map whose dataset the store no longer shows is about to be replaced (MapHost makes one per
  // dataset): the new dataset's page around it, laid out first, need not refit and redraw it.
  const resize = new ResizeObserver(() => { if (store.getState().dataset === dataset) map.invalidateSize(); });
  // A frame that grows to the height it asked for, or a phone turned, frames the data anew until the
  // reader has chosen a view of their own. Leaflet says 'resize' only when the size really changed,
  // so the observer's first call at start-up does not fit the map a second time.
  // A map taken out of the page (the compare view closing) shrinks to nothing first: fitting the
  // data into no room at all would zoom it to the maximum, and the other map with it.
  const refit = () => { if (store.getState().view === null && !hasNoRoom(map)) frameDefault(); };
  map.on('resize', refit);
  resize.observe(host);

  const layersDrawn = Promise.all(layers.map((l) => l.whenDrawn()));
  // Country borders for a dataset wider than its basemap: their code loads once the first map is drawn
  // (in a task after the frame that marks it, so that it is never part of the first load).
  let live = true;
  const borders = layersDrawn.then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))))
    .then(() => import('./country-borders-layer'))
    .then((m) => (live ? m.showCountryBorders(map, { dataset, bounds: limits }) : undefined), () => undefined);

  const destroy = () => {
    live = false;
    void borders.then((stop) => stop?.());
    stopViewSync();
    stopBasemapLang();
    stopMapWords();
    stopKeyboardButtons();
    resize.disconnect();
    map.off('zoomend', onZoom);
    map.off('resize', refit);
    for (const layer of layers) map.removeLayer(layer);
    map.remove();
    removePatterns();
  };
  return { map, layersDrawn, destroy };
}

/** True while the map's container has no width or no height (hidden, or leaving the page). */
export function hasNoRoom(map: L.Map): boolean {
  const size = map.getSize();
  return size.x === 0 || size.y === 0;
}

/** Failures with no tile loaded before we give up on web tiles (and stop requesting them). */
const TILE_FAILURES_BEFORE_GIVING_UP = 4;

function addWebTiles(map: L.Map, tiles: NonNullable<MapOptions['tiles']>, onFailure?: () => void): void {
  let loaded = 0;
  let failed = 0;
  // config.json's attribution is text; Leaflet's attribution control writes HTML.
  const layer = L.tileLayer(tiles.url, { attribution: htmlText(tiles.attribution), maxZoom: tiles.max_zoom ?? 18, opacity: 0.6 });
  layer.on('tileload', () => { loaded++; });
  layer.on('tileerror', () => {
    failed++;
    if (loaded === 0 && failed === TILE_FAILURES_BEFORE_GIVING_UP) {
      map.removeLayer(layer);
      onFailure?.();
    }
  });
  layer.addTo(map);
}
