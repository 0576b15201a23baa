// The source filter in links and on the command line: `sources=-kind:government_outlet,-fars` lists
// what is hidden, a kind as `-kind:<kind>`, a source by its id as `-<id>`. Kinds carry a prefix
// because ids and kind names share one alphabet: a dataset may well have a source called `reference`.
import { SOURCE_KINDS, isSourceKind, type SourceKind } from './source-kinds';
import type { LinkProblem } from './link-notice';
import type { SourceFilter } from './source-filter';

const KIND_PREFIX = '-kind:';

/** Reads a `sources=` value; items naming no kind of the list and no source of `sourceIds` are returned as unknown. */
export function readSourceFilter(text: string, sourceIds: ReadonlySet<string>): { filter: SourceFilter; unknown: string[] } {
  const kinds = new Set<SourceKind>();
  const ids = new Set<string>();
  const unknown: string[] = [];
  for (const item of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const kind = item.startsWith(KIND_PREFIX) ? item.slice(KIND_PREFIX.length) : null;
    if (kind !== null && isSourceKind(kind)) kinds.add(kind);
    else if (kind === null && item.startsWith('-') && sourceIds.has(item.slice(1))) ids.add(item.slice(1));
    else if (!unknown.includes(item)) unknown.push(item);
  }
  return { filter: { hiddenKinds: SOURCE_KINDS.filter((k) => kinds.has(k)), hiddenSources: [...ids].sort() }, unknown };
}

/** The `sources=` value for a filter: kinds in the list's order, then ids sorted, so one filter has one link. */
export function writeSourceFilter(filter: SourceFilter): string {
  const kinds = SOURCE_KINDS.filter((k) => filter.hiddenKinds.includes(k)).map((k) => KIND_PREFIX + k);
  return [...kinds, ...[...new Set(filter.hiddenSources)].sort().map((id) => `-${id}`)].join(',');
}

/**
 * A sources= value read against a dataset's source ids: the filter, its one written form ('' when it
 * hides nothing), and the link problem naming what it does not know, if anything.
 */
export function readSourcesParam(text: string, sourceIds: ReadonlySet<string>): { filter: SourceFilter; value: string; problem: LinkProblem | null } {
  const { filter, unknown } = readSourceFilter(text, sourceIds);
  return { filter, value: writeSourceFilter(filter), problem: unknown.length > 0 ? { param: 'sources', code: 'unknownSources', value: unknown } : null };
}
