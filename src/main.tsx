// Wiring: build the store, mount the UI, load the dataset named by data/dataset.json.
import 'leaflet/dist/leaflet.css';
import './ui/app.css';
import { render } from 'preact';
import { loadDataset } from './core/dataset';
import { createAppStore } from './store/store';
import { App } from './ui/App';
import { StoreContext } from './ui/store-context';

const store = createAppStore();

const mapOptions = {
  tileUrl: import.meta.env.VITE_TILE_URL as string | undefined,
  tileAttribution: import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined,
  onTileFailure: () => store.getState().addNotice('tiles', 'Web map tiles could not be loaded; the built-in basemap is shown.'),
};

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
}

const root = document.getElementById('app');
if (root) {
  render(<StoreContext.Provider value={store}><App mapOptions={mapOptions} /></StoreContext.Provider>, root);
}

const manifestUrl = new URL('data/dataset.json', document.baseURI).href;
loadDataset(manifestUrl, fetchText)
  .then(({ dataset, problems }) => store.getState().setLoadResult(dataset, problems))
  .catch((err: unknown) => store.getState().setLoadResult(null, [{ file: 'dataset.json', message: String(err) }]));
