// "Export": the state at this moment as GeoJSON, the incidents as CSV, the dataset as one JSON file;
// with a range shown, what changed over it (the Changes GeoJSON and CSV; for a dataset of incidents
// only, the range's incidents); pictures of the view.
import { formatList } from '../../core/format-list';
import { bundleText } from '../../core/bundle';
import { incidentsCsv } from '../../core/csv';
import { originFileTag, originNote } from '../../core/data-origin';
import { siteAddress } from './site-address';
import { layerIds } from '../../core/layers';
import { layerName } from '../../core/vocabulary';
import { buildSnapshot, GENERATOR, snapshotFileStem, snapshotText } from '../../core/snapshot';
import { sourceFilterFileTag } from '../../core/source-filter-meta';
import type { TimeRange } from '../../core/time-range';
import { formatLocalDate, formatLocalDateTime } from '../../core/time-text';
import { useState } from 'preact/hooks';
import { CHANGES_EXPORT_WORDS } from '../../i18n/changes-export-words';
import { selectDayRange, selectRange } from '../../store/selectors';
import type { AppliedLens } from '../../store/store';
import type { ExportLens } from '../../core/source-filter-meta';
import { Dialog } from '../share/Dialog';
import { useAppStore } from '../store-context';
import { useLang, useT } from '../use-t';
import { useMoreT } from '../use-more-t';
import { lazyComponent } from '../lazy';
import { downloadText } from './download';

// The renderer loads only when the dialog is open and the reader may want a picture.
const PicturesSection = lazyComponent(() => import('../pictures/PicturesSection').then((m) => m.PicturesSection));

export function ExportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const m = useMoreT();
  return <Dialog title={m.exportTitle} open={open} onClose={onClose}><ExportBody /></Dialog>;
}

function ExportBody() {
  const store = useAppStore();
  const m = useMoreT();
  const lang = useLang();
  const s = store.getState();
  const { dataset, index } = s;
  if (!dataset || !index) return null;
  const tz = dataset.manifest.timezone;
  const day = selectDayRange(s);
  const when = day ? m.wholeDayParen(formatLocalDate(day[0], tz, lang)) : m.localTimeAfter(formatLocalDateTime(s.time, tz, lang));
  const hidden = layerIds(index.vocabulary).filter((l) => !s.layers.includes(l));
  const range = selectRange(s);
  // Files made from data that is not the site's own say so: in their metadata, and in their names.
  // So do files made through the source lens (hiding some sources): `filters.sources`, and the name.
  const lens = exportLens(s.sourceLens);
  const tag = originFileTag(s.origin) + sourceFilterFileTag(lens);

  const exportGeoJson = () => {
    const snapshot = buildSnapshot(dataset, index, { time: s.time, day, layers: s.layers, generator: GENERATOR, origin: originNote(s.origin, siteAddress()), sources: lens });
    downloadText(snapshotText(snapshot), `${snapshotFileStem(dataset, day ? day[0] : s.time, day !== null)}${tag}.geojson`, 'application/geo+json');
  };
  const exportCsv = () => downloadText(incidentsCsv(dataset), `${dataset.manifest.id}_${dataset.manifest.version}_incidents${tag}.csv`, 'text/csv');
  // The whole dataset is the dataset as loaded, every source in it, whatever the lens shows.
  const exportBundle = () => downloadText(bundleText(s.fullDataset ?? dataset), `${dataset.manifest.id}_${dataset.manifest.version}_dataset${originFileTag(s.origin)}.json`, 'application/json');

  return (
    <div class="export">
      {range ? <ChangesSection range={{ start: range[0], end: range[1] }} /> : null}
      <PicturesSection />
      <section>
        <h3>{m.mapAt(when)}</h3>
        <p>{dataset.control.initial.length === 0 ? m.geojsonAboutIncidents : m.geojsonAbout}
          {hidden.length > 0 ? m.hiddenLayersLeftOut(formatList(hidden.map((l) => layerName(index.vocabulary, l, { lang, builtIn: m.layerLabels, long: true })), lang)) : ''}</p>
        <button type="button" onClick={exportGeoJson}>{m.downloadGeojson}</button>
      </section>
      <section>
        <h3>{m.allIncidents}</h3>
        <p>{m.csvAbout}</p>
        <button type="button" onClick={exportCsv}>{m.downloadCsv}</button>
      </section>
      <section>
        <h3>{m.wholeDataset}</h3>
        <p>{m.bundleAbout(dataset.manifest.id, dataset.manifest.version)}</p>
        <button type="button" onClick={exportBundle}>{m.downloadDataset}</button>
      </section>
    </div>
  );
}

/** The lens for an export's metadata, from the one the store applied. */
function exportLens(applied: AppliedLens | null): ExportLens | null {
  return applied ? { filter: applied.filter, lens: applied } : null;
}

/** The Changes files for the range shown; their code (summary, area measures) loads when a button is used. */
function ChangesSection({ range }: { range: TimeRange }) {
  const store = useAppStore();
  const t = useT();
  const lang = useLang();
  const w = CHANGES_EXPORT_WORDS[lang];
  const [error, setError] = useState<string | null>(null);
  const { dataset, index, origin, sourceLens } = store.getState();
  if (!dataset || !index) return null;
  const tz = dataset.manifest.timezone;
  // With no areas, the changes of control (the CSV) would be a header alone.
  const noAreas = dataset.control.initial.length === 0;
  const exportChanges = (format: 'geojson' | 'csv') => {
    setError(null);
    import('./changes-export').then(({ changesFile }) => {
      const file = changesFile({ dataset, index, range, format, origin, sources: exportLens(sourceLens) });
      downloadText(file.text, file.name, file.type);
    }, (err: unknown) => setError(String(err)));
  };
  return (
    <section>
      <h3>{w.exportHeading(`${formatLocalDateTime(range.start, tz, lang)} – ${formatLocalDateTime(range.end, tz, lang)}`)}</h3>
      <p>{noAreas ? `${t.noAreas} ${w.exportAboutIncidents}` : w.exportAbout}</p>
      <p class="export-buttons">
        <button type="button" onClick={() => exportChanges('geojson')}>{w.exportGeojson}</button>
        {noAreas ? null : <>{' '}<button type="button" onClick={() => exportChanges('csv')}>{w.exportCsv}</button></>}
      </p>
      {error ? <p role="alert">{t.partNotLoaded(error)}</p> : null}
    </section>
  );
}
