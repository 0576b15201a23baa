// The label on data that is not the deployment's own (opened from another host, or the reader's
// files): always shown, in the page's words, never in the dataset's, so a stranger's file cannot speak
// with the publisher's voice.
import { useApp } from './store-context';
import { useT } from './use-t';
import './data-origin.css';

export function DataOriginLabel() {
  const origin = useApp((s) => s.origin);
  const t = useT();
  if (origin.kind === 'own') return null;
  // Isolated, so that a host or file name keeps its own direction inside Arabic words.
  const where = `\u2068${origin.kind === 'address' ? origin.host : origin.name}\u2069`;
  return (
    <p class="data-origin" role="note" title={origin.kind === 'address' ? origin.url : undefined}>
      {origin.kind === 'address' ? t.dataFromAddress(where) : t.dataFromFiles(where)}
    </p>
  );
}
