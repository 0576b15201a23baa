// Every incident in time order, marked past / on the map now / later, kept in step with the time.
import './incident-rows.css';
import { TIME_WORDS } from '../../core/time-words';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { positionUncertaintyM } from '../../core/describe';
import { incidentWhen } from '../../core/incident-when';
import { formatDistance } from '../../i18n/distance';
import { DEFAULT_VOCABULARY, typeGlyph, typeName, type Vocabulary } from '../../core/vocabulary';
import { formatLocalClock, formatShortDay } from '../../core/time-text';
import type { Lang } from '../../core/names';
import type { Incident, Site } from '../../core/types';
import { incidentIconHtml } from '../../marks/icons';
import { GlyphIcon } from '../GlyphIcon';
import { PlaceName } from '../PlaceName';
import { PureComponent } from '../PureComponent';
import { incidentUrl } from '../../app/page-links';
import { selectSitesById, selectTimeZone, selectVisibleIncidents } from '../../store/selectors';
import { useApp, useAppStore } from '../store-context';
import { useLang, useT } from '../use-t';
import { formatCount } from '../../core/locale';
import type { Messages } from '../../i18n/en';
import { MORE_MESSAGES } from '../../i18n/more';
import { useRowWindow } from '../use-row-window';
import { inViewOnly } from '../in-view-only';

/** Datasets up to this size list every incident. */
const FULL_LIST_MAX = 500;
/** A long list renders only the rows in view, each of this height (one line of title, one of detail). */
const ROW_HEIGHT = 48;

// Below the fold of a long sidebar, it leaves a step's work out until it is scrolled to or the scrub pauses.
export const IncidentList = inViewOnly(function IncidentList() {
  const store = useAppStore();
  const index = useApp((s) => s.index);
  const time = useApp((s) => s.time);
  const selectedId = useApp((s) => s.selectedId);
  const layers = useApp((s) => s.layers);
  const vocabulary = index?.vocabulary ?? DEFAULT_VOCABULARY;
  const visible = useApp(selectVisibleIncidents);
  const timeZone = useApp(selectTimeZone);
  const sites = useApp(selectSitesById);
  const listRef = useRef<HTMLOListElement>(null);
  const lang = useLang();
  const t = useT();
  const m = MORE_MESSAGES[lang];
  // Permalinks are made once per incident (per dataset and language), not on every time step.
  const permalinks = useMemo(() => ({ index, lang, urls: new Map<string, string>() }), [index, lang]);
  const permalink = (id: string) => {
    let url = permalinks.urls.get(id);
    if (url === undefined) {
      url = incidentUrl(store.getState(), id);
      permalinks.urls.set(id, url);
    }
    return url;
  };

  // When each incident happened, worded once per language and zone rather than for every row at every step.
  const whens = useMemo(() => ({ timeZone, lang, text: new WeakMap<Incident, string>() }), [timeZone, lang]);
  const whenOf = (inc: Incident) => {
    let text = whens.text.get(inc);
    if (text === undefined) whens.text.set(inc, (text = incidentWhen(inc, timeZone, lang)));
    return text;
  };

  // A long dataset lists what is on the map now rather than thousands of rows, and renders only
  // the rows in view: a time step then touches a few dozen rows however many are on the map.
  const all = index?.incidents.incidents ?? [];
  const long = all.length > FULL_LIST_MAX;
  const rows = long ? visible : all;
  const shown = useRowWindow(listRef, rows.length, ROW_HEIGHT, long);
  // Following the newest incident reads the layout on every step: worth it only for short lists.
  const focusId = selectedId ?? (long ? undefined : visible[visible.length - 1]?.id);
  const focusRow = focusId === undefined ? -1 : rows.findIndex((inc) => inc.id === focusId);

  // Keep the selected incident, or else the newest on the map, in view inside the list's own scroll
  // box. It runs when the focus changes, not when a step merely shifts the rows (reading the box's
  // scroll position lays the page out): the row's place is read from a ref when it runs.
  const hasFocusRow = focusRow >= 0;
  const placement = useRef({ focusRow, long });
  placement.current = { focusRow, long };
  useEffect(() => {
    const list = listRef.current;
    const { focusRow, long } = placement.current;
    if (!list || focusRow < 0) return;
    const target = long ? null : list.querySelector<HTMLElement>(`[data-id="${CSS.escape(focusId ?? '')}"]`);
    const top = long ? focusRow * ROW_HEIGHT : target ? target.offsetTop - list.offsetTop : -1;
    const height = long ? ROW_HEIGHT : target?.offsetHeight ?? 0;
    if (top < 0) return;
    if (top < list.scrollTop || top + height > list.scrollTop + list.clientHeight) {
      list.scrollTop = Math.max(0, top - list.clientHeight / 2);
    }
  }, [focusId, hasFocusRow]);

  const select = useMemo(() => (id: string) => store.getState().selectIncident(id), [store]);
  if (!index) return null;
  const onMap = long ? null : new Set(visible.map((i) => i.id));
  return (
    <div class="incident-list">
      <p class="panel-summary">
        {visible.length === 0 ? m.noIncidentsNow : m.onMapAt(formatCount(visible.length, lang), `${formatShortDay(time, timeZone, lang)}${TIME_WORDS[lang].comma}${formatLocalClock(time, timeZone, lang)}`)}
        {long ? m.longDataset(formatCount(all.length, lang), all.length) : ''}
      </p>
      <ol ref={listRef} aria-label={t.incidentsList} class={long ? 'is-windowed' : undefined}
        style={long ? { '--row-height': `${ROW_HEIGHT}px` } : undefined}>
        {/* Spacers, not padding, stand in for the rows out of view: padding would grow the box past its max-height. */}
        {shown.padTop > 0 ? <li class="row-spacer" aria-hidden="true" style={{ height: `${shown.padTop}px` }} /> : null}
        {rows.slice(shown.first, shown.end).map((inc, i) => {
          const start = Date.parse(inc.start);
          // A long list holds only what is on the map, so none of its rows needs saying so.
          const state = !onMap ? 'listed' : onMap.has(inc.id) ? 'now' : start > time ? 'later' : 'past';
          return (
            <IncidentRow key={inc.id} incident={inc} state={state} selected={selectedId === inc.id}
              hidden={!layers.includes(vocabulary.typeById.get(inc.type)?.layer ?? '')} vocabulary={vocabulary} when={whenOf(inc)} t={t} lang={lang}
              site={inc.location.site === undefined ? undefined : sites.get(inc.location.site)}
              href={permalink(inc.id)} onSelect={select} position={long ? shown.first + i + 1 : undefined} count={long ? rows.length : undefined} />
          );
        })}
        {shown.padBottom > 0 ? <li class="row-spacer" aria-hidden="true" style={{ height: `${shown.padBottom}px` }} /> : null}
      </ol>
    </div>
  );
});

interface RowProps {
  incident: Incident;
  state: 'now' | 'later' | 'past' | 'listed';
  selected: boolean;
  hidden: boolean;
  when: string;
  /** Where it happened, when at a site; the list names the place as the map shows it. */
  site: Site | undefined;
  href: string;
  onSelect: (id: string) => void;
  t: Messages;
  lang: Lang;
  vocabulary: Vocabulary;
  /** In a windowed list, where the row stands among all of them (for screen readers). */
  position: number | undefined;
  count: number | undefined;
}

/** A row re-renders only when its own state changes, not on every step of the timeline. */
class IncidentRow extends PureComponent<RowProps> {
  override render({ position, count, ...item }: RowProps) {
    // A long list's length changes at almost every step: only the row's place says so, its content stays.
    return (
      <li data-id={item.incident.id} class={`incident-item is-${item.state}${item.hidden ? ' is-filtered' : ''}`} aria-posinset={position} aria-setsize={count}>
        <IncidentItem {...item} />
      </li>
    );
  }
}

class IncidentItem extends PureComponent<Omit<RowProps, 'position' | 'count'>> {
  override render({ incident: inc, state, selected, hidden, when, site, href, onSelect, t, lang, vocabulary }: Omit<RowProps, 'position' | 'count'>) {
    const metres = positionUncertaintyM(inc, site);
    const m = MORE_MESSAGES[lang];
    const scope = inc.location.scope;
    const uncertainty = metres ? m.positionUncertain(formatDistance(metres, m, lang)) : scope ? m.standsFor(m.scopes[scope]) : undefined;
    return (
      <>
        <a class="permalink" href={href} aria-label={m.linkTo(inc.title)} title={m.linkToThis}>#</a>
        <button type="button" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(inc.id)}>
          <GlyphIcon class="incident-icon" html={incidentIconHtml(typeGlyph(vocabulary, inc.type))} />
          <span class="incident-text">
            {/* The space keeps title and detail apart in the button's name, with or without styles. */}
            <span class="incident-title" lang="en" dir="auto">{inc.title}</span>{' '}
            <span class="incident-meta">
              {typeName(vocabulary, inc.type, { lang, builtIn: t.incidentTypes })} · {when}
              <span class="incident-place"> · {site ? <PlaceName name={site.properties.name} /> : m.pointLocation}{uncertainty ? ` (${uncertainty})` : null}</span>
              {state === 'now' ? <span class="badge"> · {m.onTheMap}</span> : null}
              {hidden ? <span class="badge"> · {m.layerHidden}</span> : null}
            </span>
          </span>
        </button>
      </>
    );
  }
}
