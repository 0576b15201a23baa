// A collapsible panel of the sidebar: open on wide screens, folded on phones; its body is built
// the first time it opens, so folded panels cost nothing at start.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorBoundary } from './ErrorBoundary';

const narrow = () => typeof matchMedia === 'function' && matchMedia('(max-width: 760px)').matches;

export function Panel({ title, id, open = true, className, children }: { title: string; id: string; open?: boolean; className?: string | undefined; children: ComponentChildren }) {
  const [initiallyOpen] = useState(() => open && !narrow());
  const [shown, setShown] = useState(initiallyOpen);
  return (
    <details class={className ? `panel ${className}` : 'panel'} id={id} open={initiallyOpen}
      onToggle={(e) => { if ((e.currentTarget as HTMLDetailsElement).open) setShown(true); }}>
      <summary><h2>{title}</h2></summary>
      <div class="panel-body">{shown ? <ErrorBoundary name={title.toLowerCase()}>{children}</ErrorBoundary> : null}</div>
    </details>
  );
}
