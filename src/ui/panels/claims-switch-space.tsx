// The room the embedded layout's one-line Claims switch takes, kept while its code loads after the
// first map: without it the map lost that line's height when the switch came, and was drawn again.
import { useMemo } from 'preact/hooks';
import { hasClaims } from '../../core/control-claims';
import { useApp } from '../store-context';

export function ClaimsSwitchSpace({ compact = false }: { compact?: boolean }) {
  const control = useApp((s) => s.dataset?.control);
  const offered = useMemo(() => (control ? hasClaims(control) : false), [control]);
  // The full layout's switch is in the Layers panel, folded at first.
  return compact && offered ? <div class="claims-switch-space" aria-hidden="true" /> : null;
}
