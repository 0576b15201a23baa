// The source lens: a dataset as the sources a reader has not hidden tell it, and what that hides.
// Pure and O(records): one pass over each file with a set of hidden source ids.
import type { SourceKind } from './source-kinds';
import type { ControlClaim, Dataset, Source } from './types';

/** Sources hidden by kind and by id; a source is hidden when either names it. */
export interface SourceFilter {
  hiddenKinds: readonly SourceKind[];
  hiddenSources: readonly string[];
}

/** Records that rest only on hidden sources, by kind of record (the reader's count line). */
export interface HiddenCounts {
  incidents: number;
  controlChanges: number;
  casualtyClaims: number;
  /** Starting holders with no source left: kept (see filterBySources), and counted. */
  initialControl: number;
}

export interface SourceLens {
  /** The dataset as the remaining sources tell it (the same object when the filter hides no source). */
  dataset: Dataset;
  hidden: HiddenCounts;
  /** How many of the dataset's sources the filter hides. */
  hiddenSourceCount: number;
  /** The areas whose starting holder rests only on hidden sources. */
  unsupportedInitial: string[];
}

export const NO_SOURCE_FILTER: SourceFilter = { hiddenKinds: [], hiddenSources: [] };

export const isFilterOn = (f: SourceFilter | null | undefined): f is SourceFilter =>
  f !== null && f !== undefined && (f.hiddenKinds.length > 0 || f.hiddenSources.length > 0);

/** The ids of the sources a filter hides, among those the dataset has. */
export function hiddenSourceIds(sources: readonly Source[], filter: SourceFilter): Set<string> {
  const kinds = new Set<string>(filter.hiddenKinds);
  const ids = new Set(filter.hiddenSources);
  return new Set(sources.filter((s) => ids.has(s.id) || (s.kind !== undefined && kinds.has(s.kind))).map((s) => s.id));
}

/**
 * Any records citing `sources`, with the hidden ones taken out of each record's list; records left
 * with none are dropped. A record that cites no hidden source is kept as the same object. Used for
 * incidents and control changes, and fit for any list of records with their own `sources`.
 */
export function keepSupported<T extends { sources: readonly string[] }>(records: readonly T[], hidden: ReadonlySet<string>): { kept: T[]; dropped: number } {
  const kept: T[] = [];
  for (const r of records) {
    if (!r.sources.some((id) => hidden.has(id))) kept.push(r);
    else {
      const sources = r.sources.filter((id) => !hidden.has(id));
      if (sources.length > 0) kept.push({ ...r, sources });
    }
  }
  return { kept, dropped: records.length - kept.length };
}

/**
 * The dataset as the sources not hidden tell it: incidents and control changes resting only on hidden
 * sources are dropped (an area's control falls back to the last change still supported), casualty
 * claims by hidden sources are dropped. An area's starting holder is kept even with no source left:
 * the engine has no "not known" state to fall back to, and dropping it would drop the area and every
 * later change with it; it is counted instead. A record's claims of control resting only on hidden
 * sources are dropped too, as casualty claims are. Sites, actors, the basemap and the story are kept.
 */
export function filterBySources(dataset: Dataset, filter: SourceFilter): SourceLens {
  const hidden = hiddenSourceIds(dataset.sources, filter);
  const none: HiddenCounts = { incidents: 0, controlChanges: 0, casualtyClaims: 0, initialControl: 0 };
  if (hidden.size === 0) return { dataset, hidden: none, hiddenSourceCount: 0, unsupportedInitial: [] };

  let casualtyClaims = 0;
  const incidents = keepSupported(dataset.incidents, hidden);
  const withClaims = incidents.kept.map((i) => {
    const casualties = i.casualties.filter((c) => !hidden.has(c.source));
    casualtyClaims += i.casualties.length - casualties.length;
    return casualties.length === i.casualties.length ? i : { ...i, casualties };
  });
  const changes = keepSupported(dataset.control.changes, hidden);
  const unsupportedInitial: string[] = [];
  const initial = dataset.control.initial.map((init) => {
    const left = init.sources.filter((id) => !hidden.has(id));
    if (left.length === init.sources.length) return init;
    if (left.length === 0) {
      unsupportedInitial.push(init.site);
      return init;
    }
    return { ...init, sources: left };
  });
  const claimsOf = <R extends { claims?: readonly ControlClaim[] | undefined }>(r: R): R => {
    if (r.claims === undefined) return r;
    const claims = keepSupported(r.claims, hidden).kept;
    return claims.length === r.claims.length && claims.every((c, i) => c === r.claims?.[i]) ? r : { ...r, claims };
  };
  return {
    dataset: { ...dataset, incidents: withClaims, control: { initial: initial.map(claimsOf), changes: changes.kept.map(claimsOf) } },
    hidden: { incidents: incidents.dropped, controlChanges: changes.dropped, casualtyClaims, initialControl: unsupportedInitial.length },
    hiddenSourceCount: hidden.size,
    unsupportedInitial,
  };
}
