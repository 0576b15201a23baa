// The line a reader cannot miss while the map hides sources: what it hides, and a way back to all.
import './sources.css';
import { useApp, useAppStore } from '../store-context';
import { useMoreT } from '../use-more-t';
import { useLang } from '../use-t';
import { lensSummary } from './lens-summary';

export function SourceLensLine() {
  const store = useAppStore();
  const lens = useApp((s) => s.sourceLens);
  const total = useApp((s) => s.fullDataset?.sources.length ?? 0);
  const m = useMoreT();
  const lang = useLang();
  // Until the lens's code has applied the filter there is nothing true to say about it yet.
  if (!lens) return null;
  return (
    <div class="source-lens" role="status">
      <p>{lensSummary(lens, total, m, lang)}</p>
      <button type="button" onClick={() => store.getState().setSources(null)}>{m.sourcesShowAll}</button>
    </div>
  );
}
