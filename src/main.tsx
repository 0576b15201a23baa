// Wiring: build the store, mount the UI, load the deployment's config and the dataset it shows.
import 'leaflet/dist/leaflet.css';
import './ui/app.css';
import { render } from 'preact';
import { incidentUrl } from './app/page-links';
import { followLanguage } from './app/language';
import { followSources } from './app/follow-sources';
import { syncUrl } from './app/url-sync';
import type { AppConfig } from './core/app-config';
import { readPageLink } from './core/link-format';
import { loadCheckedDataset } from './app/load-checked';
import { CHECKED_FILE } from './core/checked-dataset';
import { mayOpen, originOfAddress, refusedAddressMessage } from './core/data-origin';
import { hasErrors } from './core/problems';
import { formatProblem } from './core/problems';
import type { MapOptions } from './map/map-view';
import { createAppStore } from './store/store';
import { indexDataset } from './core/dataset-index';
import { nextTask } from './app/next-task';
import { App } from './ui/App';
import { StoreContext } from './ui/store-context';

// Where the first draw's time goes (read by the benchmark): the app's code running, the data arriving.
performance.mark('app:start');
const store = createAppStore();
const mapOptions: MapOptions = {
  permalink: (id) => incidentUrl(store.getState(), id),
  onTileFailure: () => store.getState().addNotice('tiles', { say: 'tilesFailed' }),
};

/** config.json is optional: missing means defaults; broken means defaults and a notice. */
async function loadConfig(): Promise<AppConfig> {
  let json: unknown;
  try {
    const response = await fetch(new URL('config.json', document.baseURI));
    if (response.status === 404) return {};
    json = await response.json();
  } catch (err) {
    store.getState().addNotice('config', `config.json could not be read (${String(err)}); using defaults.`);
    return {};
  }
  // The usual config (no tiles, nothing else) needs no check: the schema's code loads only when
  // there is something to check, beside the data, never in the first load.
  if (isNoTilesConfig(json)) return {};
  const { parseAppConfig } = await import('./core/app-config');
  const { config, problems } = parseAppConfig(json);
  if (problems.length > 0) store.getState().addNotice('config', `config.json ignored: ${problems.map(formatProblem).join('; ')}`);
  return config;
}

function isNoTilesConfig(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json)
    && Object.entries(json).every(([key, value]) => key === 'tiles' && value === null);
}

// The language a link asks for starts loading at once, beside the data, which waits for it.
const page = readPageLink(location.search);
if (page.lang) store.getState().setLang(page.lang);
const words = followLanguage(store).ready;
followSources(store);

// theme=dark (or auto, on a dark system) marks the page before its first paint: app.css gives it a
// dark ground and hides it until theme-dark.css is there. The code that loads that stylesheet, and
// follows the system's choice, loads on demand, and only for a link that names a theme.
const { theme } = page;
if (theme && theme !== 'light') {
  const html = document.documentElement;
  if (theme === 'dark' || matchMedia('(prefers-color-scheme: dark)').matches) html.dataset.theme = 'dark';
  import('./app/theme').then((m) => m.followTheme({ theme }), () => delete html.dataset.theme);
}

const root = document.getElementById('app');
if (root) render(<StoreContext.Provider value={store}><App mapOptions={mapOptions} /></StoreContext.Provider>, root);

// ?data=<address of a manifest or bundle> shows another dataset; it must be valid as a whole. One from
// another host opens only if the deployment's config.json allows that host, so it waits for the config.
const manifestUrl = new URL(page.data ?? 'data/dataset.json', document.baseURI).href;
const origin = originOfAddress(page.data, document.baseURI);
let stopSync = () => {};

const configLoaded = loadConfig();
const allowed = origin === null ? Promise.resolve(false)
  : origin.kind === 'own' ? Promise.resolve(true) : configLoaded.then((config) => mayOpen(origin, config.data_hosts));
// The validating loader's code comes only when a dataset needs it; a ?data= load on this site is already
// under way (the boot script, src/boot.ts, started it), and the loader takes it over. A dataset split
// by time it keeps supplied with the chunks the view needs.
const loadAny = () => import('./app/load-client').then((m) => m.load(manifestUrl, store));
// The built-in dataset comes as the build checked it (its download starts with the page: index.html
// preloads it); any other, or a site without that file, goes through the validating loader.
const loaded = allowed.then((ok) => !ok ? null
  : page.data === undefined ? loadCheckedDataset(new URL(`data/${CHECKED_FILE}`, document.baseURI).href).then((r) => r ?? loadAny())
  : loadAny());

Promise.all([configLoaded, loaded, words])
  .then(async ([config, result]) => {
    performance.mark('data:received');
    mapOptions.tiles = config.tiles;
    if (!result || !origin) {
      const message = origin?.kind === 'address' ? refusedAddressMessage(origin) : 'the data= address is not an http(s) address';
      store.getState().setLoadResult(null, [{ file: page.data ?? manifestUrl, message }]);
      return;
    }
    const { dataset, problems } = result;
    if (page.data !== undefined && hasErrors(problems)) {
      store.getState().setLoadResult(null, problems);
      return;
    }
    // Indexing a large dataset and drawing it are two tasks, not one that holds the page for both
    // (about 130 and 250 ms at 100,000 incidents on a slow machine).
    const index = dataset ? indexDataset(dataset) : undefined;
    if (index) await nextTask();
    store.getState().setLoadResult(dataset, problems, origin, index);
    if (!dataset) return;
    stopSync = syncUrl(store);
    // An imported dataset gets its own link state; the page's link named the old one.
    store.subscribe((s) => s.fullDataset, (next, prev) => {
      if (next && prev && next !== prev) {
        stopSync();
        stopSync = syncUrl(store, window, { applyLocation: false });
      }
    });
    // Only a framed map talks to a host page; the code for it loads only then.
    if (window.parent !== window) void import('./app/host-api').then((m) => m.connectHost(store));
  })
  .catch((err: unknown) => store.getState().setLoadResult(null, [{ file: manifestUrl, message: String(err) }]));
