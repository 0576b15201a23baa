// Every incident in time order, marked past / on the map now / later, kept in step with the time.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { incidentWhen } from '../../core/describe';
import { INCIDENT_LAYER } from '../../core/incidents';
import { formatLocalClock, formatShortDay } from '../../core/time';
import type { Incident } from '../../core/types';
import { INCIDENT_TYPE_LABELS, incidentIconHtml } from '../../map/icons';
import { PureComponent } from '../PureComponent';
import { incidentUrl } from '../../app/page-links';
import { selectTimeZone, selectVisibleIncidents } from '../../store/selectors';
import { useApp, useAppStore } from '../store-context';

/** Datasets up to this size list every incident. */
const FULL_LIST_MAX = 500;
const LONG_LIST_ROWS = 200;

export function IncidentList() {
  const store = useAppStore();
  const index = useApp((s) => s.index);
  const time = useApp((s) => s.time);
  const selectedId = useApp((s) => s.selectedId);
  const layers = useApp((s) => s.layers);
  const visible = useApp(selectVisibleIncidents);
  const timeZone = useApp(selectTimeZone);
  const listRef = useRef<HTMLOListElement>(null);
  const lang = useApp((s) => s.lang);
  // Permalinks are made once per incident (per dataset and language), not on every time step.
  const permalinks = useMemo(() => new Map<string, string>(), [index, lang]);
  const permalink = (id: string) => {
    let url = permalinks.get(id);
    if (url === undefined) {
      url = incidentUrl(store.getState(), id);
      permalinks.set(id, url);
    }
    return url;
  };

  const onMap = new Set(visible.map((i) => i.id));
  // Following the newest incident reads the layout on every step: worth it only for short lists.
  const followLatest = (index?.incidents.incidents.length ?? 0) <= FULL_LIST_MAX;
  const focusId = selectedId ?? (followLatest ? visible[visible.length - 1]?.id : undefined);

  // Keep the selected incident, or else the newest on the map, in view inside the list's own scroll box.
  useEffect(() => {
    const list = listRef.current;
    const target = focusId ? list?.querySelector<HTMLElement>(`[data-id="${CSS.escape(focusId)}"]`) : null;
    if (!list || !target) return;
    const top = target.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + target.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = Math.max(0, top - list.clientHeight / 2);
    }
  }, [focusId]);

  const select = useMemo(() => (id: string) => store.getState().selectIncident(id), [store]);
  if (!index) return null;
  // A long dataset lists what is on the map now (up to a limit) rather than thousands of rows.
  const all = index.incidents.incidents;
  const long = all.length > FULL_LIST_MAX;
  const rows = long ? visible.slice(-LONG_LIST_ROWS) : all;
  return (
    <div class="incident-list">
      <p class="panel-summary">
        {visible.length === 0 ? 'No incidents on the map at this time.' : `${visible.length} on the map at ${formatShortDay(time, timeZone)}, ${formatLocalClock(time, timeZone)}.`}
        {long ? ` This dataset has ${all.length.toLocaleString('en')} incidents: the list shows ${rows.length < visible.length ? `the latest ${rows.length} of ` : ''}those on the map now.` : ''}
      </p>
      <ol ref={listRef} aria-label="Incidents">
        {rows.map((inc) => {
          const start = Date.parse(inc.start);
          const state = onMap.has(inc.id) ? 'now' : start > time ? 'later' : 'past';
          return (
            <IncidentRow key={inc.id} incident={inc} state={state} selected={selectedId === inc.id}
              hidden={!layers.includes(INCIDENT_LAYER[inc.type])} when={incidentWhen(inc, timeZone)}
              href={permalink(inc.id)} onSelect={select} />
          );
        })}
      </ol>
    </div>
  );
}

interface RowProps {
  incident: Incident;
  state: 'now' | 'later' | 'past';
  selected: boolean;
  hidden: boolean;
  when: string;
  href: string;
  onSelect: (id: string) => void;
}

/** A row re-renders only when its own state changes, not on every step of the timeline. */
class IncidentRow extends PureComponent<RowProps> {
  override render({ incident: inc, state, selected, hidden, when, href, onSelect }: RowProps) {
    return (
      <li data-id={inc.id} class={`incident-item is-${state}${hidden ? ' is-filtered' : ''}`}>
        <a class="permalink" href={href} aria-label={`Link to: ${inc.title}`} title="Link to this incident">#</a>
        <button type="button" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(inc.id)}>
          <span class="incident-icon" aria-hidden="true" dangerouslySetInnerHTML={{ __html: incidentIconHtml(inc.type) }} />
          <span class="incident-text">
            <span class="incident-title">{inc.title}</span>
            <span class="incident-meta">
              {INCIDENT_TYPE_LABELS[inc.type]} · {when}
              {state === 'now' ? <span class="badge"> · on the map</span> : null}
              {hidden ? <span class="badge"> · layer hidden</span> : null}
            </span>
          </span>
        </button>
      </li>
    );
  }
}
