// The body of "What changed" for the range shown: its changes of control, who gained and who lost
// (for a dataset of incidents only, a sentence saying it has no areas), its incidents by type and its
// casualty claims.
import './changes.css';
import { formatLocalDateTime } from '../../core/time-text';
import { CHANGES_WORDS } from '../../i18n/changes-words';
import { selectRangeSummary } from '../../store/range-summary-selector';
import { selectTimeZone } from '../../store/selectors';
import { useApp } from '../store-context';
import { useLang, useT } from '../use-t';
import { ActorBalanceTable } from './ActorBalanceTable';
import { ControlChangeList } from './ControlChangeList';
import { RangeClaimList } from './RangeClaimList';
import { RangeIncidentList } from './RangeIncidentList';

export function ChangesBody() {
  const summary = useApp(selectRangeSummary);
  const timeZone = useApp(selectTimeZone);
  const noAreas = useApp((s) => s.dataset?.control.initial.length === 0);
  const lang = useLang();
  const t = useT();
  const w = CHANGES_WORDS[lang];
  if (!summary) return null;
  return (
    <div class="changes">
      <p class="panel-summary">{w.range(formatLocalDateTime(summary.range.start, timeZone, lang), formatLocalDateTime(summary.range.end, timeZone, lang))}</p>
      {noAreas ? <p class="changes-section">{t.noAreas}</p> : <>
        <ControlChangeList areas={summary.areas} />
        <ActorBalanceTable balance={summary.actors} />
      </>}
      <RangeIncidentList byType={summary.byType} count={summary.incidents.length} />
      <RangeClaimList claims={summary.claims} />
    </div>
  );
}
