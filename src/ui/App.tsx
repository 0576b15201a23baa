// The page: header, map and timeline, and the sidebar's panels; the compact layout for article
// frames; loading and failure states.
import { useMemo, useState } from 'preact/hooks';
import { viewUrl } from '../app/page-links';
import type { CiteRecord } from '../core/citation';
import { readPageLink } from '../core/link-format';
import { formatCount } from '../core/locale';
import { utcOffsetLabel } from '../core/time';
import { mountCompareMap } from '../map/compare-map';
import type { MapOptions } from '../map/map-view';
import { selectTimeZone } from '../store/selectors';
import { DataOriginLabel } from './DataOriginLabel';
import { ErrorBoundary } from './ErrorBoundary';
import { HeaderActions, type HeaderAction } from './HeaderActions';
import { MapHost } from './MapHost';
import { Notices } from './Notices';
import { Panel } from './Panel';
import { ClaimsSwitch } from './panels/lazy-claims';
import { ControlTableSpace } from './panels/control-table-space';
import { lazyComponent } from './lazy';
import { LanguageSwitch } from './LanguageSwitch';
import { ShownContext, useApp, useAppStore } from './store-context';
import { useLang, useT } from './use-t';
import { Timeline } from './timeline/Timeline';

// The list and the control table are not needed to draw the first map: they load once the map is drawn.
const IncidentList = lazyComponent(() => import('./panels/IncidentList').then((m) => m.IncidentList), { afterMap: true });
const ControlTable = lazyComponent(() => import('./panels/ControlTable').then((m) => m.ControlTable), { afterMap: true, placeholder: ControlTableSpace });
const StoryPanel = lazyComponent(() => import('./story/StoryPanel').then((m) => m.StoryPanel));
const Legend = lazyComponent(() => import('./panels/Legend').then((m) => m.Legend));
// Folded at start, like the legend: the toggles load when the panel is first opened.
const LayerToggles = lazyComponent(() => import('./panels/LayerToggles').then((m) => m.LayerToggles));
const AboutPanel = lazyComponent(() => import('./panels/AboutPanel').then((m) => m.AboutPanel));
const ProblemsPanel = lazyComponent(() => import('./panels/ProblemsPanel').then((m) => m.ProblemsPanel));
// The whole panel, title included, loads with its words: a range is never on the first map's path.
const ChangesPanel = lazyComponent(() => import('./panels/ChangesPanel').then((m) => m.ChangesPanel));
// The dialogs, behind one part that loads once the map is drawn: each part loaded on demand costs
// the first load a stub naming its files, and six dialogs' stubs were about 470 bytes gzipped.
const HeaderDialog = lazyComponent(() => import('./HeaderDialog').then((m) => m.HeaderDialog), { afterMap: true });
// The line saying the map shows only some sources (only then).
const SourceLensLine = lazyComponent(() => import('./sources/SourceLensLine').then((m) => m.SourceLensLine));
const CompareBar = lazyComponent(() => import('./compare/CompareBar').then((m) => m.CompareBar));
// The second map's mounter comes from here: a part loaded on demand that imported the map's modules
// itself would make the bundler split shared modules off the first load, which then costs more.
const CompareStartMap = lazyComponent(() => import('./compare/CompareStartMap').then((m) => m.CompareStartMap));

export function App({ mapOptions = {} }: { mapOptions?: MapOptions }) {
  const status = useApp((s) => s.status);
  const problems = useApp((s) => s.problems);
  const dataset = useApp((s) => s.dataset);
  const embed = useApp((s) => s.embed);
  const t = useT();
  const lang = useLang();

  if (status === 'loading') {
    return <main class="app-status" aria-busy="true"><p>{t.loading}</p></main>;
  }
  if (status === 'failed' || !dataset) {
    return (
      <main class="app-status">
        <h1>{t.loadFailed}</h1>
        <ProblemsPanel problems={problems} title={t.whatWentWrong} />
        <p class="app-status-actions">
          <button type="button" onClick={() => location.reload()}>{t.retry}</button>
          {readPageLink(location.search).data !== undefined ? <> <a href={location.pathname}>{t.openBuiltIn}</a></> : null}
        </p>
      </main>
    );
  }
  const problemsPanel = problems.length === 0 ? null
    : <ProblemsPanel problems={problems} title={t.problemsInData(formatCount(problems.length, lang), problems.length)} />;
  return embed ? <EmbeddedApp mapOptions={mapOptions} problems={problemsPanel} /> : <FullApp mapOptions={mapOptions} problems={problemsPanel} />;
}

type LayoutProps = { mapOptions: MapOptions; problems: preact.JSX.Element | null };

function FullApp({ mapOptions, problems }: LayoutProps) {
  const dataset = useApp((s) => s.dataset);
  const timeZone = useApp(selectTimeZone);
  const hasStory = useApp((s) => (s.dataset?.story.length ?? 0) > 0);
  const inStory = useApp((s) => s.step !== null);
  const inRange = useApp((s) => s.span === 'range');
  // A header action, or the record a popup's Cite button cites (the header's Cite cites the dataset).
  const [dialog, setDialog] = useState<HeaderAction | CiteRecord | null>(null);
  // Copied when the full app first shows, once the data (and main.tsx's tiles setting) is here.
  const options = useMemo(() => ({ ...mapOptions, onCite: setDialog }), [mapOptions]);
  const t = useT();
  if (!dataset) return null;
  return (
    <div class="app">
      <header class="app-header">
        <div class="app-titles">
          <h1>{dataset.manifest.title}</h1>
          <p class="app-sub">{t.allTimesLocal(timeZone, utcOffsetLabel(dataset.start, timeZone))}</p>
        </div>
        <div class="app-actions">
          <LanguageSwitch />
          <HeaderActions onChoose={setDialog} />
        </div>
        {/* In the banner: the first thing read, and where nothing from the dataset can cover it. */}
        <DataOriginLabel />
      </header>
      <SourceLens />
      {problems}
      <Notices />
      <main class="app-main">
        <div class="map-column">
          <MapArea options={options} />
          <ErrorBoundary name={t.timeline.toLowerCase()}><Timeline /></ErrorBoundary>
        </div>
        <aside class="sidebar" aria-label={t.details}>
          {hasStory ? <Panel id="panel-story" title={t.panelStory} open={inStory}><StoryPanel /></Panel> : null}
          {inRange ? <ChangesPanel /> : null}
          <Panel id="panel-control" title={t.panelControl}><ControlTable /></Panel>
          <Panel id="panel-incidents" title={t.panelIncidents}><IncidentList /></Panel>
          <Panel id="panel-layers" title={t.panelLayers} open={false}><LayerToggles><ClaimsSwitch /></LayerToggles></Panel>
          <Panel id="panel-legend" title={t.panelLegend} open={false}><Legend /></Panel>
          <Panel id="panel-about" title={t.panelAbout} open={false}><AboutPanel /></Panel>
        </aside>
      </main>
      {dialog ? <HeaderDialog dialog={dialog} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}

/** The compact layout for an iframe in an article: map, timeline, a folded list. */
function EmbeddedApp({ mapOptions, problems }: LayoutProps) {
  const store = useAppStore();
  const title = useApp((s) => s.dataset?.manifest.title ?? '');
  const t = useT();
  const [listShown, setListShown] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const inRange = useApp((s) => s.span === 'range');
  const plain = useApp((s) => s.plain);
  // A popup's Cite button: the article's reader cites the record as well as the full app's reader.
  const [citing, setCiting] = useState<CiteRecord | null>(null);
  const options = useMemo(() => ({ ...mapOptions, onCite: setCiting }), [mapOptions]);
  // The link is made when used, so it carries the view at that moment.
  const refresh = (e: Event) => { (e.currentTarget as HTMLAnchorElement).href = viewUrl(store.getState(), false); };
  const fullMap = <a href={viewUrl(store.getState(), false)} target="_blank" rel="noopener" onClick={refresh} onFocus={refresh} onMouseEnter={refresh}
    onContextMenu={refresh}>{t.openFullMap}</a>;
  // The whole frame is one main landmark: the embedded layout is the map and nothing around it.
  // Plain (for a designed article): no header; the title stays for screen readers, the link in a corner.
  return (
    <main class="app is-embed">
      {plain ? <h1 class="visually-hidden">{title}</h1> : <header class="embed-header"><h1>{title}</h1>{fullMap}<LanguageSwitch /></header>}
      <DataOriginLabel />
      <SourceLens />
      {problems}
      <Notices />
      <div class="embed-map">{plain ? fullMap : null}<MapArea options={options} /></div>
      <ErrorBoundary name={t.timeline.toLowerCase()}><Timeline /></ErrorBoundary>
      <ClaimsSwitch compact />
      {inRange ? <ChangesPanel embedded /> : null}
      {/* The list is built when first unfolded, and stops following the store when folded again: folded, it costs a time step nothing. */}
      <details class="panel embed-list" onToggle={(e) => {
        const open = (e.currentTarget as HTMLDetailsElement).open;
        setListOpen(open);
        if (open) setListShown(true);
      }}>
        <summary><h2>{t.panelIncidents}</h2></summary>
        <div class="panel-body">{listShown ? <ShownContext.Provider value={listOpen}><ErrorBoundary name={t.incidentsList.toLowerCase()}><IncidentList /></ErrorBoundary></ShownContext.Provider> : null}</div>
      </details>
      {citing ? <HeaderDialog dialog={citing} onClose={() => setCiting(null)} /> : null}
    </main>
  );
}

function SourceLens() {
  return useApp((s) => s.sources !== null) ? <SourceLensLine /> : null;
}

/**
 * The map, and in a range the compare view: the range's start beside the app's map of its end (or
 * one of the two, with a switch, where there is room for one). The app's map keeps its place among
 * the children, so showing the other never remakes it.
 */
function MapArea({ options }: { options: MapOptions }) {
  const inRange = useApp((s) => s.span === 'range');
  const comparing = useApp((s) => s.compare);
  const [side, setSide] = useState<'start' | 'end'>('end');
  const t = useT();
  return (
    <div class={comparing ? 'map-area is-compare' : 'map-area'} data-shows={side}>
      {inRange ? <CompareBar side={side} onSide={setSide} /> : null}
      {comparing ? <ErrorBoundary name={t.mapLabel.toLowerCase()}><CompareStartMap options={options} mount={mountCompareMap} /></ErrorBoundary> : null}
      <ErrorBoundary name={t.mapLabel.toLowerCase()}><MapHost options={options} describedBy={comparing ? 'compare-end-label' : undefined} /></ErrorBoundary>
    </div>
  );
}
