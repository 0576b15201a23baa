// "Export": the state at this moment as GeoJSON, the incidents as CSV, the dataset as one JSON file.
import { bundleText } from '../../core/bundle';
import { incidentsCsv } from '../../core/csv';
import { LAYER_IDS, LAYER_LABELS } from '../../core/layers';
import { buildSnapshot, GENERATOR, snapshotFileStem, snapshotText } from '../../core/snapshot';
import { formatLocalDate, formatLocalDateTime } from '../../core/time';
import { selectDayRange } from '../../store/selectors';
import { Dialog } from '../share/Dialog';
import { useAppStore } from '../store-context';
import { downloadText } from './download';

export function ExportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return <Dialog title="Export data" open={open} onClose={onClose}><ExportBody /></Dialog>;
}

function ExportBody() {
  const store = useAppStore();
  const s = store.getState();
  const { dataset, index } = s;
  if (!dataset || !index) return null;
  const tz = dataset.manifest.timezone;
  const day = selectDayRange(s);
  const when = day ? `${formatLocalDate(day[0], tz)} (the whole day)` : `${formatLocalDateTime(s.time, tz)} local time`;
  const hidden = LAYER_IDS.filter((l) => !s.layers.includes(l));

  const exportGeoJson = () => {
    const snapshot = buildSnapshot(dataset, index, { time: s.time, day, layers: s.layers, generator: GENERATOR });
    downloadText(snapshotText(snapshot), `${snapshotFileStem(dataset, day ? day[0] : s.time, day !== null)}.geojson`, 'application/geo+json');
  };
  const exportCsv = () => downloadText(incidentsCsv(dataset), `${dataset.manifest.id}_${dataset.manifest.version}_incidents.csv`, 'text/csv');
  const exportBundle = () => downloadText(bundleText(dataset), `${dataset.manifest.id}_${dataset.manifest.version}_dataset.json`, 'application/json');

  return (
    <div class="export">
      <section>
        <h3>The map at {when}</h3>
        <p>GeoJSON (RFC 7946): every area with its controller and since when, every site, and the incidents on the map, with their sources.
          {hidden.length > 0 ? ` Layers you have hidden are left out, and the file says so: ${hidden.map((l) => LAYER_LABELS[l]).join(', ')}.` : ''}</p>
        <button type="button" onClick={exportGeoJson}>Download GeoJSON snapshot</button>
      </section>
      <section>
        <h3>All incidents</h3>
        <p>CSV: one row per incident, with its sources, and casualty figures in one column per claimant.</p>
        <button type="button" onClick={exportCsv}>Download CSV</button>
      </section>
      <section>
        <h3>The whole dataset</h3>
        <p>One JSON file with every record ({dataset.manifest.id}, version {dataset.manifest.version}); it can be loaded again with “Load data”.</p>
        <button type="button" onClick={exportBundle}>Download dataset</button>
      </section>
    </div>
  );
}
