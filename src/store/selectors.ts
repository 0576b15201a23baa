// Derived state, computed from the store's fields and memoised so each step computes it once.
import { controlStateAt, type AreaState } from '../core/control';
import { incidentsOverlapping, incidentsShown } from '../core/incidents';
import { startOfLocalDay } from '../core/time';
import type { DatasetIndex } from '../core/dataset-index';
import type { LayerId } from '../core/layers';
import type { Actor, Incident, Site } from '../core/types';
import type { AppState } from './store';

/**
 * Memoises a selector on the identity of its inputs, like reselect, for the last two inputs: the
 * compare view reads every selector at two moments per step, which one entry would recompute both.
 * Read again with the state it last read (every panel and layer checks its selectors after each
 * change of the store), it answers at once, without comparing its inputs.
 */
export function memoSelector<D extends readonly unknown[], R>(deps: (s: AppState) => D, compute: (...args: [...D]) => R): (s: AppState) => R {
  let state: AppState | undefined;
  /** The last two entries, the most recent first. */
  let a: [D, R] | undefined;
  let b: [D, R] | undefined;
  return (s) => {
    if (s !== state) {
      const d = deps(s);
      const same = (e: [D, R] | undefined) => e && e[0].length === d.length && e[0].every((x, i) => x === d[i]);
      if (same(b)) [a, b] = [b, a];
      else if (!same(a)) [a, b] = [[d, compute(...d)], a];
      state = s;
    }
    return (a as [D, R])[1];
  };
}

/** Every area's state at the moment shown; unchanged areas keep the same object between steps. */
export const selectAreaStates = memoSelector(
  (s) => [s.index, s.time] as const,
  (index, time): AreaState[] => (index ? controlStateAt(index.control, time) : []),
);

/** The local day shown when a whole day is, as [start, end) in epoch ms. */
export const selectDayRange = memoSelector(
  (s) => [s.span, s.time, s.dataset] as const,
  (span, time, dataset): [number, number] | null => {
    if (span !== 'day' || !dataset) return null;
    const start = startOfLocalDay(time, dataset.manifest.timezone);
    return [start, time + 1];
  },
);

/** The range shown, as [start, end] in epoch ms (both included); null unless a range is shown. */
export const selectRange = memoSelector(
  (s) => [s.span, s.rangeStart, s.time] as const,
  (span, start, end): [number, number] | null => (span === 'range' && start !== null ? [start, end] : null),
);

/**
 * A range's incidents after the layer filter: worked out whole here, and once a range's code has loaded
 * (range-incidents.ts), from the step before as its end moves. Kept out of the first load that way.
 */
export const rangeIncidents = {
  shown: (index: DatasetIndex, layers: readonly LayerId[], range: readonly [number, number], keep: (i: Incident) => boolean): Incident[] =>
    incidentsOverlapping(index.incidents, ...range).filter(keep),
};

/**
 * Incidents on the map: those whose time overlaps the range shown, those of the day shown, or those
 * begun in the window before the moment shown; after the layer filter.
 */
export const selectVisibleIncidents = memoSelector(
  (s) => [s.index, s.time, s.layers, selectDayRange(s), selectRange(s)] as const,
  (index, time, layers, day, range): Incident[] => {
    if (!index) return [];
    // The types shown, looked up once a step rather than once an incident (a step may show thousands).
    const types = new Set(index.vocabulary.types.filter((x) => layers.includes(x.layer)).map((x) => x.id));
    const keep = (i: Incident) => types.has(i.type);
    return range ? rangeIncidents.shown(index, layers, range, keep) : incidentsShown(index.incidents, time, day).filter(keep);
  },
);

export const selectActorsById = memoSelector(
  (s) => [s.dataset] as const,
  (dataset): Map<string, Actor> => new Map((dataset?.actors ?? []).map((a) => [a.id, a])),
);

export const selectSitesById = memoSelector(
  (s) => [s.dataset] as const,
  (dataset): Map<string, Site> => new Map((dataset?.sites ?? []).map((x) => [x.id, x])),
);

export const selectSelectedIncident = (s: AppState): Incident | undefined =>
  (s.selectedId && s.index ? s.index.incidents.byId.get(s.selectedId) : undefined);

export const selectTimeZone = (s: AppState): string => s.dataset?.manifest.timezone ?? 'UTC';
