// The body of "What changed" for the range shown: its changes of control, who gained and who lost
// (for a dataset of incidents only, a sentence saying it has no areas), its incidents by type and its
// casualty claims. The sections below the changes follow the range only while on screen (in-view-only.tsx).
import './changes.css';
import { formatLocalDateTime } from '../../core/time-text';
import { CHANGES_WORDS } from '../../i18n/changes-words';
import { selectAreaChanges } from '../../store/range-area-changes';
import { selectRangeSummary } from '../../store/range-summary-selector';
import { selectRange, selectTimeZone } from '../../store/selectors';
import { inViewOnly } from '../in-view-only';
import { useApp } from '../store-context';
import { useLang, useT } from '../use-t';
import { ActorBalanceTable } from './ActorBalanceTable';
import { ControlChangeList } from './ControlChangeList';
import { RangeClaimList } from './RangeClaimList';
import { RangeIncidentList } from './RangeIncidentList';

export function ChangesBody() {
  // The range and its areas' changes (the summary's, and the map's), not the whole summary: its
  // incidents, balance and claims are worked out for the sections below, only while they are on screen.
  const range = useApp(selectRange);
  const areas = useApp(selectAreaChanges);
  const timeZone = useApp(selectTimeZone);
  const noAreas = useApp((s) => s.dataset?.control.initial.length === 0);
  const lang = useLang();
  const t = useT();
  const w = CHANGES_WORDS[lang];
  if (!range) return null;
  return (
    <div class="changes">
      <p class="panel-summary">{w.range(formatLocalDateTime(range[0], timeZone, lang), formatLocalDateTime(range[1], timeZone, lang))}</p>
      {noAreas ? <p class="changes-section">{t.noAreas}</p> : <>
        <ControlChangeList areas={areas} />
        <Balance />
      </>}
      <Incidents />
      <Claims />
    </div>
  );
}

// Each reads the summary itself (worked out once per step, for all of them): the body passes them
// nothing that changes, so a step renders none of them while it is out of view, nor works it out.
const Balance = inViewOnly(function Balance() {
  const summary = useApp(selectRangeSummary);
  return summary ? <ActorBalanceTable balance={summary.actors} /> : null;
});

const Incidents = inViewOnly(function Incidents() {
  const summary = useApp(selectRangeSummary);
  return summary ? <RangeIncidentList byType={summary.byType} count={summary.incidents.length} /> : null;
});

const Claims = inViewOnly(function Claims() {
  const summary = useApp(selectRangeSummary);
  return summary ? <RangeClaimList claims={summary.claims} /> : null;
});
