// Wiring: build the store, mount the UI, load the deployment's config and the dataset it shows.
import 'leaflet/dist/leaflet.css';
import './ui/app.css';
import { render } from 'preact';
import { incidentUrl } from './app/page-links';
import { syncUrl } from './app/url-sync';
import { parseAppConfig, type AppConfig } from './core/app-config';
import { loadDataset } from './core/dataset';
import { formatProblem } from './core/problems';
import type { MapOptions } from './map/map-view';
import { createAppStore } from './store/store';
import { App } from './ui/App';
import { StoreContext } from './ui/store-context';

const store = createAppStore();
const mapOptions: MapOptions = {
  permalink: (id) => incidentUrl(store.getState(), id),
  onTileFailure: () => store.getState().addNotice('tiles', 'Web map tiles could not be loaded; the built-in basemap is shown.'),
};

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
}

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
  const { config, problems } = parseAppConfig(json);
  if (problems.length > 0) store.getState().addNotice('config', `config.json ignored: ${problems.map(formatProblem).join('; ')}`);
  return config;
}

const root = document.getElementById('app');
if (root) render(<StoreContext.Provider value={store}><App mapOptions={mapOptions} /></StoreContext.Provider>, root);

const manifestUrl = new URL('data/dataset.json', document.baseURI).href;
Promise.all([loadConfig(), loadDataset(manifestUrl, fetchText)])
  .then(([config, { dataset, problems }]) => {
    mapOptions.tiles = config.tiles;
    store.getState().setLoadResult(dataset, problems);
    if (dataset) {
      syncUrl(store);
      // Only a framed map talks to a host page; the code for it loads only then.
      if (window.parent !== window) void import('./app/host-api').then((m) => m.connectHost(store));
    }
  })
  .catch((err: unknown) => store.getState().setLoadResult(null, [{ file: 'dataset.json', message: String(err) }]));
