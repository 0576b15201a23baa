// "Sources": hide kinds of source, or single sources, and see the map as the rest tell it. Each kind
// has a checkbox (with its number of sources) and unfolds to its sources, each with its own.
import './sources.css';
import { useMemo } from 'preact/hooks';
import { formatCount } from '../../core/locale';
import { NO_SOURCE_FILTER, type SourceFilter } from '../../core/source-filter';
import { readSourceFilter, writeSourceFilter } from '../../core/source-filter-link';
import { SOURCE_KINDS, type SourceKind } from '../../core/source-kinds';
import type { Source } from '../../core/types';
import { Dialog } from '../share/Dialog';
import { useApp, useAppStore } from '../store-context';
import { useMoreT } from '../use-more-t';
import { useLang } from '../use-t';
import { lensSummary } from './lens-summary';

export function SourcesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const m = useMoreT();
  return <Dialog title={m.sourcesTitle} open={open} onClose={onClose}><SourcesBody /></Dialog>;
}

type Group = [SourceKind | 'none', Source[]];

/** The dataset's sources by kind, in the kinds' order; sources with no kind last. */
function groupsOf(sources: readonly Source[]): Group[] {
  const groups: Group[] = [...SOURCE_KINDS, 'none' as const].map((kind) => [kind, sources.filter((s) => (s.kind ?? 'none') === kind)]);
  return groups.filter(([, list]) => list.length > 0);
}

const toggled = <T,>(list: readonly T[], item: T, hide: boolean): T[] => (hide ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));

function SourcesBody() {
  const store = useAppStore();
  const full = useApp((s) => s.fullDataset);
  const written = useApp((s) => s.sources);
  const lens = useApp((s) => s.sourceLens);
  const m = useMoreT();
  const lang = useLang();
  const sources = useMemo(() => full?.sources ?? [], [full]);
  const groups = useMemo(() => groupsOf(sources), [sources]);
  const ids = useMemo(() => new Set(sources.map((s) => s.id)), [sources]);
  const filter = written ? readSourceFilter(written, ids).filter : NO_SOURCE_FILTER;
  const choose = (next: SourceFilter) => store.getState().setSources(writeSourceFilter(next) || null);
  return (
    <div class="sources">
      <p>{m.sourcesAbout}</p>
      {lens ? <p class="source-lens-summary">{lensSummary(lens, sources.length, m, lang)}</p> : null}
      <p><button type="button" disabled={!written} onClick={() => store.getState().setSources(null)}>{m.sourcesShowAll}</button></p>
      <ul class="source-kinds">
        {groups.map(([kind, list]) => {
          const name = m.sourceKinds[kind];
          const kindHidden = kind !== 'none' && filter.hiddenKinds.includes(kind);
          return (
            <li key={kind}>
              {kind === 'none' ? <p class="source-kind">{m.sourcesKindCount(name, formatCount(list.length, lang))}</p> : (
                <label class="source-kind">
                  <input type="checkbox" checked={!kindHidden}
                    onChange={(e) => choose({ ...filter, hiddenKinds: toggled(filter.hiddenKinds, kind, !e.currentTarget.checked) })} />
                  {' '}{m.sourcesKindCount(name, formatCount(list.length, lang))}
                </label>
              )}
              <details>
                <summary>{m.sourcesOfKind(name)}</summary>
                <ul>
                  {list.map((s) => (
                    <li key={s.id}>
                      <label>
                        <input type="checkbox" checked={!kindHidden && !filter.hiddenSources.includes(s.id)} disabled={kindHidden}
                          onChange={(e) => choose({ ...filter, hiddenSources: toggled(filter.hiddenSources, s.id, !e.currentTarget.checked) })} />
                        {' '}{s.publisher}: <span dir="auto">{s.title}</span>
                      </label>
                      {s.kind_basis ? <small>{s.kind_basis}</small> : null}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
