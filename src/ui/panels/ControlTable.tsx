// "Who controls what": one row per area with its controller and since when, at the moment shown; for
// a dataset of incidents only, a sentence saying it has no areas.
import type { AreaState } from '../../core/control';
import { changeWhen } from '../../core/describe';
import { formatLocalDate } from '../../core/time-text';
import type { Actor, Site } from '../../core/types';
import { selectActorsById, selectAreaStates, selectSitesById, selectTimeZone } from '../../store/selectors';
import { PlaceName } from '../PlaceName';
import { PureComponent } from '../PureComponent';
import { useRef } from 'preact/hooks';
import { useApp } from '../store-context';
import { useLang, useT } from '../use-t';
import type { Messages } from '../../i18n/en';
import type { Lang } from '../../core/names';
import { useRowWindow } from '../use-row-window';
import { ClaimsRow } from './lazy-claims';
import { selfUpdating } from '../self-updating';
import { FULL_TABLE_MAX } from './control-table-space';

const ROW_HEIGHT = 30;

// It re-renders itself at each step, inside a Panel: see self-updating.ts.
export const ControlTable = selfUpdating(function ControlTable() {
  const states = useApp(selectAreaStates);
  const actors = useApp(selectActorsById);
  const sites = useApp(selectSitesById);
  const timeZone = useApp(selectTimeZone);
  const start = useApp((s) => s.dataset?.start ?? 0);
  // With the Claims switch on, a row of the claims in force under each area that has them (at the moment shown, or a range's end).
  const claimsAt = useApp((s) => (s.claims ? s.time : null));
  const lang = useLang();
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const long = states.length > FULL_TABLE_MAX;
  const shown = useRowWindow(box, states.length, ROW_HEIGHT, long);
  // Every area has a state at every moment: none means a dataset of incidents only.
  if (states.length === 0) return <p>{t.noAreas}</p>;
  const table = (
    <table class="control-table" aria-rowcount={long ? states.length + 1 : undefined}>
      <caption>{t.whoControlsWhat}</caption>
      <thead>
        <tr aria-rowindex={long ? 1 : undefined}><th scope="col">{t.area}</th><th scope="col">{t.heldBy}</th><th scope="col">{t.since}</th></tr>
      </thead>
      <tbody>
        {shown.padTop > 0 ? <tr class="row-spacer" aria-hidden="true" style={{ height: `${shown.padTop}px` }}><td colSpan={3} /></tr> : null}
        {states.slice(shown.first, shown.end).map((s, i) => (
          <ControlRow key={s.site} state={s} site={sites.get(s.site)} actor={actors.get(s.controller)}
            timeZone={timeZone} start={start} lang={lang} t={t} rowIndex={long ? shown.first + i + 2 : undefined}
            claimsAt={claimsAt === null ? null : s.claims.length > 0 ? claimsAt : 0} />
        ))}
        {shown.padBottom > 0 ? <tr class="row-spacer" aria-hidden="true" style={{ height: `${shown.padBottom}px` }}><td colSpan={3} /></tr> : null}
      </tbody>
    </table>
  );
  if (!long) return table;
  // A long table scrolls in its own box (its header stays in view), so only its rows in view are drawn;
  // the box takes focus so that it scrolls from the keyboard too (its cells hold nothing focusable).
  return <div ref={box} class="table-scroll is-windowed-table" tabIndex={0} style={{ '--row-height': `${ROW_HEIGHT}px` }}>{table}</div>;
});

interface RowProps {
  state: AreaState;
  site: Site | undefined;
  actor: Actor | undefined;
  timeZone: string;
  start: number;
  lang: Lang;
  t: Messages;
  /** In a windowed table, the row's place among all rows (the header is row 1). */
  rowIndex: number | undefined;
  /** With the Claims switch on, the moment whose claims show under the row (0 for an area with none, so it does not re-render); else null. */
  claimsAt: number | null;
}

/** A row re-renders only when its area's state (the same object while nothing changes) does. */
class ControlRow extends PureComponent<RowProps> {
  override render({ state: s, site, actor, timeZone, start, lang, t, rowIndex, claimsAt }: RowProps) {
    const since = s.sinceChange ? changeWhen(s.sinceChange, timeZone, lang) : t.beforeDate(formatLocalDate(start, timeZone, lang));
    const row = (
      <tr data-site={s.site} aria-rowindex={rowIndex}>
        <th scope="row">{site ? <PlaceName name={site.properties.name} /> : s.site}</th>
        <td>
          <span class={`swatch${s.contested ? ' swatch-contested' : ''}`} aria-hidden="true"
            style={{ '--swatch': actor?.colour ?? '#999' }} />
          <span title={actor?.name}>{actor?.short ?? s.controller}</span>
          {s.contested ? <span class="contested-tag">{t.contestedParen}</span> : null}
        </td>
        <td>{since}</td>
      </tr>
    );
    return claimsAt === null || s.claims.length === 0 ? row : <>{row}<ClaimsRow state={s} time={claimsAt} columns={3} /></>;
  }
}
