// The page: header, map and timeline, and the sidebar's panels; the compact layout for article
// frames; loading and failure states.
import { useState } from 'preact/hooks';
import { viewUrl } from '../app/page-links';
import { utcOffsetLabel } from '../core/time';
import type { MapOptions } from '../map/map-view';
import { selectTimeZone } from '../store/selectors';
import { ErrorBoundary } from './ErrorBoundary';
import { MapHost } from './MapHost';
import { Notices } from './Notices';
import { Panel } from './Panel';
import { ControlTable } from './panels/ControlTable';
import { IncidentList } from './panels/IncidentList';
import { LayerToggles } from './panels/LayerToggles';
import { lazyComponent } from './lazy';
import { useApp, useAppStore } from './store-context';
import { Timeline } from './timeline/Timeline';

const ShareDialog = lazyComponent(() => import('./share/ShareDialog').then((m) => m.ShareDialog));
const EmbedDialog = lazyComponent(() => import('./share/EmbedDialog').then((m) => m.EmbedDialog));
const ImportDialog = lazyComponent(() => import('./data/ImportDialog').then((m) => m.ImportDialog));
const ExportDialog = lazyComponent(() => import('./data/ExportDialog').then((m) => m.ExportDialog));
const StoryPanel = lazyComponent(() => import('./story/StoryPanel').then((m) => m.StoryPanel));
const Legend = lazyComponent(() => import('./panels/Legend').then((m) => m.Legend));
const AboutPanel = lazyComponent(() => import('./panels/AboutPanel').then((m) => m.AboutPanel));
const ProblemsPanel = lazyComponent(() => import('./panels/ProblemsPanel').then((m) => m.ProblemsPanel));

export function App({ mapOptions = {} }: { mapOptions?: MapOptions }) {
  const status = useApp((s) => s.status);
  const problems = useApp((s) => s.problems);
  const dataset = useApp((s) => s.dataset);
  const embed = useApp((s) => s.embed);

  if (status === 'loading') {
    return <main class="app-status" aria-busy="true"><p>Loading the map data…</p></main>;
  }
  if (status === 'failed' || !dataset) {
    return (
      <main class="app-status">
        <h1>The map data could not be loaded</h1>
        <ProblemsPanel problems={problems} title="What went wrong" />
        <p class="app-status-actions">
          <button type="button" onClick={() => location.reload()}>Retry</button>
          {new URLSearchParams(location.search).has('data') ? <> <a href={location.pathname}>Open the built-in map instead</a></> : null}
        </p>
      </main>
    );
  }
  const problemsPanel = problems.length === 0 ? null
    : <ProblemsPanel problems={problems} title={`${problems.length} problem${problems.length === 1 ? '' : 's'} in the data`} />;
  return embed ? <EmbeddedApp mapOptions={mapOptions} problems={problemsPanel} /> : <FullApp mapOptions={mapOptions} problems={problemsPanel} />;
}

type LayoutProps = { mapOptions: MapOptions; problems: preact.JSX.Element | null };

function FullApp({ mapOptions, problems }: LayoutProps) {
  const dataset = useApp((s) => s.dataset);
  const timeZone = useApp(selectTimeZone);
  const hasStory = useApp((s) => (s.dataset?.story.length ?? 0) > 0);
  const inStory = useApp((s) => s.step !== null);
  const [dialog, setDialog] = useState<'share' | 'embed' | 'export' | 'import' | null>(null);
  if (!dataset) return null;
  return (
    <div class="app">
      <header class="app-header">
        <div class="app-titles">
          <h1>{dataset.manifest.title}</h1>
          <p class="app-sub">All times are local: {timeZone} ({utcOffsetLabel(dataset.start, timeZone)}).</p>
        </div>
        <div class="app-actions">
          <button type="button" onClick={() => setDialog('share')}>Share</button>
          <button type="button" onClick={() => setDialog('embed')}>Embed</button>
          <button type="button" onClick={() => setDialog('export')}>Export</button>
          <button type="button" onClick={() => setDialog('import')}>Load data</button>
        </div>
      </header>
      {problems}
      <Notices />
      <main class="app-main">
        <div class="map-column">
          <ErrorBoundary name="map"><MapHost options={mapOptions} /></ErrorBoundary>
          <ErrorBoundary name="timeline"><Timeline /></ErrorBoundary>
        </div>
        <aside class="sidebar" aria-label="Details">
          {hasStory ? <Panel id="panel-story" title="Story" open={inStory}><StoryPanel /></Panel> : null}
          <Panel id="panel-control" title="Control of areas"><ControlTable /></Panel>
          <Panel id="panel-incidents" title="Incidents"><IncidentList /></Panel>
          <Panel id="panel-layers" title="Layers" open={false}><LayerToggles /></Panel>
          <Panel id="panel-legend" title="Legend" open={false}><Legend /></Panel>
          <Panel id="panel-about" title="About the data and sources" open={false}><AboutPanel /></Panel>
        </aside>
      </main>
      {dialog === 'share' ? <ShareDialog open onClose={() => setDialog(null)} /> : null}
      {dialog === 'embed' ? <EmbedDialog open onClose={() => setDialog(null)} /> : null}
      {dialog === 'export' ? <ExportDialog open onClose={() => setDialog(null)} /> : null}
      {dialog === 'import' ? <ImportDialog open onClose={() => setDialog(null)} /> : null}
    </div>
  );
}

/** The compact layout for an iframe in an article: map, timeline, a folded list. */
function EmbeddedApp({ mapOptions, problems }: LayoutProps) {
  const store = useAppStore();
  const title = useApp((s) => s.dataset?.manifest.title ?? '');
  // The link is made when used, so it carries the view at that moment.
  const refresh = (e: Event) => { (e.currentTarget as HTMLAnchorElement).href = viewUrl(store.getState(), false); };
  // The whole frame is one main landmark: the embedded layout is the map and nothing around it.
  return (
    <main class="app is-embed">
      <header class="embed-header">
        <h1>{title}</h1>
        <a href={viewUrl(store.getState(), false)} target="_blank" rel="noopener" onClick={refresh} onFocus={refresh} onMouseEnter={refresh}
          onContextMenu={refresh}>Open the full map</a>
      </header>
      {problems}
      <Notices />
      <div class="embed-map"><ErrorBoundary name="map"><MapHost options={mapOptions} /></ErrorBoundary></div>
      <ErrorBoundary name="timeline"><Timeline /></ErrorBoundary>
      <details class="panel embed-list">
        <summary><h2>Incidents</h2></summary>
        <div class="panel-body"><ErrorBoundary name="incident list"><IncidentList /></ErrorBoundary></div>
      </details>
    </main>
  );
}
