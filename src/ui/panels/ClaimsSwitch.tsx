// The Claims switch: marks on the map (and a column in "Who controls what") the areas where a party
// claims another holder than the assessment. Offered only when the dataset's control records carry claims.
import './claims.css';
import { hasClaims } from '../../core/control-claims';
import { useApp, useAppStore } from '../store-context';
import { useMoreT } from '../use-more-t';

export function ClaimsSwitch({ compact = false }: { compact?: boolean }) {
  const store = useAppStore();
  const on = useApp((s) => s.claims);
  const offered = useApp((s) => (s.dataset ? hasClaims(s.dataset.control) : false));
  const m = useMoreT();
  if (!offered) return null;
  return (
    <label class={compact ? 'claims-switch is-compact' : 'claims-switch'} title={compact ? m.claimsSwitchHint : undefined}>
      <input type="checkbox" role="switch" checked={on}
        onChange={(e) => store.getState().setClaims((e.currentTarget as HTMLInputElement).checked)} />
      <span>{m.claimsSwitch}</span>
      {compact ? null : <span class="claims-switch-hint">{m.claimsSwitchHint}</span>}
    </label>
  );
}
