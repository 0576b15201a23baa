// "Who controls what": one row per area with its controller and since when, at the moment shown.
import type { AreaState } from '../../core/control';
import { changeWhen } from '../../core/describe';
import { formatLocalDate } from '../../core/time';
import type { Actor, Site } from '../../core/types';
import { selectActorsById, selectAreaStates, selectSitesById, selectTimeZone } from '../../store/selectors';
import { PlaceName } from '../PlaceName';
import { PureComponent } from '../PureComponent';
import { useApp } from '../store-context';

export function ControlTable() {
  const states = useApp(selectAreaStates);
  const actors = useApp(selectActorsById);
  const sites = useApp(selectSitesById);
  const timeZone = useApp(selectTimeZone);
  const start = useApp((s) => s.dataset?.start ?? 0);
  const lang = useApp((s) => s.lang);
  return (
    <table class="control-table">
      <caption>Who controls what</caption>
      <thead>
        <tr><th scope="col">Area</th><th scope="col">Held by</th><th scope="col">Since</th></tr>
      </thead>
      <tbody>
        {states.map((s) => (
          <ControlRow key={s.site} state={s} site={sites.get(s.site)} actor={actors.get(s.controller)}
            timeZone={timeZone} start={start} lang={lang} />
        ))}
      </tbody>
    </table>
  );
}

interface RowProps {
  state: AreaState;
  site: Site | undefined;
  actor: Actor | undefined;
  timeZone: string;
  start: number;
  /** Only so that the row re-renders when the language changes. */
  lang: string;
}

/** A row re-renders only when its area's state (the same object while nothing changes) does. */
class ControlRow extends PureComponent<RowProps> {
  override render({ state: s, site, actor, timeZone, start }: RowProps) {
    const since = s.sinceChange ? changeWhen(s.sinceChange, timeZone) : `before ${formatLocalDate(start, timeZone)}`;
    return (
      <tr data-site={s.site}>
        <th scope="row">{site ? <PlaceName name={site.properties.name} /> : s.site}</th>
        <td>
          <span class={`swatch${s.contested ? ' swatch-contested' : ''}`} aria-hidden="true"
            style={{ '--swatch': actor?.colour ?? '#999' }} />
          <span title={actor?.name}>{actor?.short ?? s.controller}</span>
          {s.contested ? <span class="contested-tag"> (contested)</span> : null}
        </td>
        <td>{since}</td>
      </tr>
    );
  }
}
