// An actor as the control table shows it: its colour swatch (hatched when contested) and short name.
import type { Actor } from '../../core/types';

export function ActorSwatch({ id, actor, contested = false }: { id: string; actor: Actor | undefined; contested?: boolean }) {
  return (
    <span class="actor-swatch">
      <span class={`swatch${contested ? ' swatch-contested' : ''}`} aria-hidden="true" style={{ '--swatch': actor?.colour ?? '#999' }} />
      <span title={actor?.name}>{actor?.short ?? id}</span>
    </span>
  );
}
