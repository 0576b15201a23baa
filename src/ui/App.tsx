// The page: header, map and timeline, and the sidebar's panels; loading and failure states included.
import { utcOffsetLabel } from '../core/time';
import type { MapOptions } from '../map/map-view';
import { selectTimeZone } from '../store/selectors';
import { ErrorBoundary } from './ErrorBoundary';
import { MapHost } from './MapHost';
import { Notices } from './Notices';
import { Panel } from './Panel';
import { AboutPanel } from './panels/AboutPanel';
import { ControlTable } from './panels/ControlTable';
import { IncidentList } from './panels/IncidentList';
import { LayerToggles } from './panels/LayerToggles';
import { Legend } from './panels/Legend';
import { ProblemsPanel } from './panels/ProblemsPanel';
import { useApp } from './store-context';
import { Timeline } from './timeline/Timeline';

export function App({ mapOptions = {} }: { mapOptions?: MapOptions }) {
  const status = useApp((s) => s.status);
  const problems = useApp((s) => s.problems);
  const dataset = useApp((s) => s.dataset);
  const timeZone = useApp(selectTimeZone);

  if (status === 'loading') {
    return <main class="app-status" aria-busy="true"><p>Loading the map data…</p></main>;
  }
  if (status === 'failed' || !dataset) {
    return (
      <main class="app-status">
        <h1>The map data could not be loaded</h1>
        <ProblemsPanel problems={problems} title="What went wrong" />
        <button type="button" onClick={() => location.reload()}>Retry</button>
      </main>
    );
  }
  return (
    <div class="app">
      <header class="app-header">
        <h1>{dataset.manifest.title}</h1>
        <p class="app-sub">All times are local: {timeZone} ({utcOffsetLabel(dataset.start, timeZone)}).</p>
      </header>
      <ProblemsPanel problems={problems} title={`${problems.length} problem${problems.length === 1 ? '' : 's'} in the data`} />
      <Notices />
      <main class="app-main">
        <div class="map-column">
          <ErrorBoundary name="map"><MapHost options={mapOptions} /></ErrorBoundary>
          <ErrorBoundary name="timeline"><Timeline /></ErrorBoundary>
        </div>
        <aside class="sidebar" aria-label="Details">
          <Panel id="panel-control" title="Control of areas"><ControlTable /></Panel>
          <Panel id="panel-incidents" title="Incidents"><IncidentList /></Panel>
          <Panel id="panel-layers" title="Layers" open={false}><LayerToggles /></Panel>
          <Panel id="panel-legend" title="Legend" open={false}><Legend /></Panel>
          <Panel id="panel-about" title="About the data and sources" open={false}><AboutPanel /></Panel>
        </aside>
      </main>
    </div>
  );
}
