// The incidents of the range by type: a count per type, and each incident a button that selects it
// (the range stays shown: every one of them is on its map).
import { incidentWhen } from '../../core/describe';
import { formatCount } from '../../core/locale';
import type { Incident, IncidentType } from '../../core/types';
import { CHANGES_WORDS } from '../../i18n/changes-words';
import { incidentIconHtml } from '../../marks/icons';
import { selectTimeZone } from '../../store/selectors';
import { GlyphIcon } from '../GlyphIcon';
import { useApp, useAppStore } from '../store-context';
import { useLang, useT } from '../use-t';

interface Props {
  byType: readonly { type: IncidentType; incidents: Incident[] }[];
  count: number;
}

export function RangeIncidentList({ byType, count }: Props) {
  const store = useAppStore();
  const selectedId = useApp((s) => s.selectedId);
  const timeZone = useApp(selectTimeZone);
  const lang = useLang();
  const t = useT();
  const w = CHANGES_WORDS[lang];
  // Selecting keeps the range: moving the time to the incident would leave the range and this panel.
  const select = (id: string) => store.getState().selectIncident(id, { moveTime: false });
  return (
    <section class="changes-section" aria-labelledby="changes-incidents">
      <h3 id="changes-incidents">{w.incidentsHeading(formatCount(count, lang))}</h3>
      {byType.length === 0 ? <p>{w.noIncidents}</p> : byType.map((g) => (
        <div key={g.type} class="changes-type">
          <h4 id={`changes-type-${g.type}`}>{w.typeCount(t.incidentTypes[g.type], formatCount(g.incidents.length, lang))}</h4>
          <ul class="changes-incidents" aria-labelledby={`changes-type-${g.type}`}>
            {g.incidents.map((inc) => (
              <li key={inc.id} data-id={inc.id}>
                <button type="button" aria-current={selectedId === inc.id ? 'true' : undefined} onClick={() => select(inc.id)}>
                  <GlyphIcon class="incident-icon" html={incidentIconHtml(inc.type)} />
                  <span class="incident-text">
                    <span class="incident-title" lang="en" dir="auto">{inc.title}</span>{' '}
                    <span class="incident-meta">{incidentWhen(inc, timeZone, lang)}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
