// The incidents of the range by type: a count per type, and each incident a button that selects it
// (the range stays shown: every one of them is on its map). A long type's list renders the rows in view.
import './incident-rows.css';
import { incidentWhen } from '../../core/incident-when';
import { formatCount } from '../../core/locale';
import type { Lang } from '../../core/names';
import type { Incident, IncidentType } from '../../core/types';
import { CHANGES_WORDS } from '../../i18n/changes-words';
import { incidentIconHtml } from '../../marks/icons';
import { DEFAULT_VOCABULARY, typeGlyph, typeName, type Vocabulary } from '../../core/vocabulary';
import { selectTimeZone } from '../../store/selectors';
import { GlyphIcon } from '../GlyphIcon';
import { PureComponent } from '../PureComponent';
import { useMemo } from 'preact/hooks';
import { useApp, useAppStore } from '../store-context';
import { useLang, useT } from '../use-t';
import { WindowedList } from './WindowedList';

interface Props {
  byType: readonly { type: IncidentType; incidents: Incident[] }[];
  count: number;
}

/** A type with more incidents than this lists them in a scroll box of their own, rendering the rows in view. */
const LONG_TYPE = 40;
/** Two lines: the title and when. */
const ROW_HEIGHT = 44;

export function RangeIncidentList({ byType, count }: Props) {
  const store = useAppStore();
  const selectedId = useApp((s) => s.selectedId);
  const timeZone = useApp(selectTimeZone);
  const lang = useLang();
  const t = useT();
  const w = CHANGES_WORDS[lang];
  const vocabulary = useApp((s) => s.index?.vocabulary ?? DEFAULT_VOCABULARY);
  // Selecting keeps the range: moving the time to the incident would leave the range and this panel.
  // One handler for every render, so that rows whose own props are unchanged skip rendering.
  const select = useMemo(() => (id: string) => store.getState().selectIncident(id, { moveTime: false }), [store]);
  return (
    <section class="changes-section" aria-labelledby="changes-incidents">
      <h3 id="changes-incidents">{w.incidentsHeading(formatCount(count, lang))}</h3>
      {byType.length === 0 ? <p>{w.noIncidents}</p> : byType.map((g) => (
        <div key={g.type} class="changes-type">
          <h4 id={`changes-type-${g.type}`}>{w.typeCount(typeName(vocabulary, g.type, { lang, builtIn: t.incidentTypes }), formatCount(g.incidents.length, lang))}</h4>
          <WindowedList count={g.incidents.length} longAt={LONG_TYPE} rowHeight={ROW_HEIGHT} class="changes-incidents"
            labelledBy={`changes-type-${g.type}`} row={(i, position) => {
              const inc = g.incidents[i] as Incident;
              return <IncidentRow key={inc.id} incident={inc} selected={selectedId === inc.id} timeZone={timeZone} lang={lang} vocabulary={vocabulary}
                onSelect={select} posinset={position?.posinset} setsize={position?.setsize} />;
            }} />
        </div>
      ))}
    </section>
  );
}

interface RowProps {
  incident: Incident;
  selected: boolean;
  timeZone: string;
  lang: Lang;
  vocabulary: Vocabulary;
  onSelect: (id: string) => void;
  /** Where the row stands in a windowed list, for screen readers. */
  posinset: number | undefined;
  setsize: number | undefined;
}

/** A row re-renders only when its own state changes, not each time an end of the range moves. */
class IncidentRow extends PureComponent<RowProps> {
  override render({ incident, selected, timeZone, lang, vocabulary, onSelect, posinset, setsize }: RowProps) {
    // The list's length changes as the range's end moves: only the item's place says so, not its button.
    return (
      <li data-id={incident.id} aria-posinset={posinset} aria-setsize={setsize}>
        <IncidentButton incident={incident} selected={selected} timeZone={timeZone} lang={lang} vocabulary={vocabulary} onSelect={onSelect} />
      </li>
    );
  }
}

class IncidentButton extends PureComponent<Omit<RowProps, 'posinset' | 'setsize'>> {
  override render({ incident: inc, selected, timeZone, lang, vocabulary, onSelect }: Omit<RowProps, 'posinset' | 'setsize'>) {
    return (
      <button type="button" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(inc.id)}>
        <GlyphIcon class="incident-icon" html={incidentIconHtml(typeGlyph(vocabulary, inc.type))} />
        <span class="incident-text">
          <span class="incident-title" lang="en" dir="auto">{inc.title}</span>{' '}
          <span class="incident-meta">{incidentWhen(inc, timeZone, lang)}</span>
        </span>
      </button>
    );
  }
}
