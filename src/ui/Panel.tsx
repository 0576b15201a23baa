// A collapsible panel of the sidebar: open on wide screens, folded on phones.
import type { ComponentChildren } from 'preact';
import { ErrorBoundary } from './ErrorBoundary';

const narrow = () => typeof matchMedia === 'function' && matchMedia('(max-width: 760px)').matches;

export function Panel({ title, id, open = true, children }: { title: string; id: string; open?: boolean; children: ComponentChildren }) {
  return (
    <details class="panel" id={id} open={open && !narrow()}>
      <summary><h2>{title}</h2></summary>
      <div class="panel-body"><ErrorBoundary name={title.toLowerCase()}>{children}</ErrorBoundary></div>
    </details>
  );
}
