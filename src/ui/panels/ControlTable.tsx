// "Who controls what": one row per area with its controller and since when, at the moment shown.
import { changeWhen } from '../../core/describe';
import { formatLocalDate } from '../../core/time';
import { selectActorsById, selectAreaStates, selectSitesById, selectTimeZone } from '../../store/selectors';
import { PlaceName } from '../PlaceName';
import { useApp } from '../store-context';

export function ControlTable() {
  const states = useApp(selectAreaStates);
  const actors = useApp(selectActorsById);
  const sites = useApp(selectSitesById);
  const timeZone = useApp(selectTimeZone);
  const start = useApp((s) => s.dataset?.start ?? 0);
  return (
    <table class="control-table">
      <caption>Who controls what</caption>
      <thead>
        <tr><th scope="col">Area</th><th scope="col">Held by</th><th scope="col">Since</th></tr>
      </thead>
      <tbody>
        {states.map((s) => {
          const actor = actors.get(s.controller);
          const site = sites.get(s.site);
          const since = s.since === null || !s.change ? `before ${formatLocalDate(start, timeZone)}` : changeWhen(s.change, timeZone);
          return (
            <tr key={s.site} data-site={s.site}>
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
        })}
      </tbody>
    </table>
  );
}
