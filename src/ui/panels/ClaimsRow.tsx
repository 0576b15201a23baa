// Under an area's row of "Who controls what", while the Claims switch is on: each claim in force with
// its claimant, the holder it names and its sources' publishers, below the assessment's own row (a
// row, not a column: the sidebar is too narrow for a fourth column of sentences).
import './claims.css';
import type { AreaState } from '../../core/control';
import { claimsInForce } from '../../core/control-claims';
import { formatList } from '../../core/format-list';
import type { Source } from '../../core/types';
import { memoSelector, selectActorsById } from '../../store/selectors';
import { useApp } from '../store-context';
import { useMoreT } from '../use-more-t';
import { useLang } from '../use-t';

const selectSourcesById = memoSelector(
  (s) => [s.dataset] as const,
  (dataset): Map<string, Source> => new Map((dataset?.sources ?? []).map((x) => [x.id, x])),
);

/** An area's claims at `time` (the moment shown, or a range's end); nothing when none is in force. */
export function ClaimsRow({ state, time, columns }: { state: AreaState; time: number; columns: number }) {
  const actors = useApp(selectActorsById);
  const sources = useApp(selectSourcesById);
  const m = useMoreT();
  const lang = useLang();
  const claims = claimsInForce(state, time);
  if (claims.length === 0) return null;
  return (
    <tr class="claims-row" data-claims-for={state.site}>
      <td colSpan={columns}>
        <span class="claims-row-label">{m.claimsColumn}</span>
        <ul>
          {claims.map((c, i) => {
            const claimant = actors.get(c.claimant);
            const otherwise = c.controller !== state.controller;
            const publishers = [...new Set(c.sources.map((id) => sources.get(id)?.publisher ?? id))];
            return (
              <li key={i} class={otherwise ? 'is-otherwise' : 'is-agreeing'} data-claimant={c.claimant}>
                <span class="claim-swatch" aria-hidden="true" style={{ '--swatch': claimant?.colour ?? '#999' }} />
                <span class="claim-says">{m.claimSays(claimant?.short ?? c.claimant, actors.get(c.controller)?.short ?? c.controller)}</span>
                <span class="claim-tags"> ({otherwise ? `${m.claimOtherwise}${m.semicolon}` : ''}{m.claimStatus[c.status]})</span>
                <span class="claim-sources">{formatList(publishers, lang)}</span>
              </li>
            );
          })}
        </ul>
      </td>
    </tr>
  );
}
