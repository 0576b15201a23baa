// The Claims switch: marks on the map (and a column in "Who controls what") the areas where a party
// claims another holder than the assessment. Offered only when the dataset's control records carry claims.
import './claims.css';
import { useId, useMemo } from 'preact/hooks';
import { hasClaims } from '../../core/control-claims';
import { useApp, useAppStore } from '../store-context';
import { useMoreT } from '../use-more-t';

/** `compact`: the embedded layout's one line, its explanation left to screen readers. */
export function ClaimsSwitch({ compact = false }: { compact?: boolean }) {
  const store = useAppStore();
  const on = useApp((s) => s.claims);
  // Read once per dataset, not on every change of the store (a time step included).
  const control = useApp((s) => s.dataset?.control);
  const offered = useMemo(() => (control ? hasClaims(control) : false), [control]);
  const m = useMoreT();
  const hint = useId();
  if (!offered) return null;
  return (
    <div class={compact ? 'claims-switch is-compact' : 'claims-switch'}>
      <label>
        <input type="checkbox" role="switch" checked={on} aria-describedby={hint}
          onChange={(e) => store.getState().setClaims((e.currentTarget as HTMLInputElement).checked)} />
        {m.claimsSwitch}
      </label>
      <span id={hint} class={compact ? 'visually-hidden' : 'claims-switch-hint'}>{m.claimsSwitchHint}</span>
    </div>
  );
}
