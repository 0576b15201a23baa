// What changed per area over the range shown, worked out once per step for both the map's range marks
// and What changed, and from the step before when only the range's end moved (core/area-changes-step.ts).
import type { AreaChange } from '../core/changes';
import { areaChangesAfter } from '../core/area-changes-step';
import type { DatasetIndex } from '../core/dataset-index';
import { memoSelector, selectRange } from './selectors';

/** The last answer and what it answered: the next step starts from it when the index is the same. */
let last: { index: DatasetIndex; start: number; end: number; areas: AreaChange[] } | null = null;

/** The areas with a change of control inside the range shown (none when no range is shown). */
export const selectAreaChanges = memoSelector(
  (s) => [s.index, selectRange(s)] as const,
  (index, range): AreaChange[] => {
    if (!index || !range) return [];
    const previous = last?.index === index ? { range: { start: last.start, end: last.end }, areas: last.areas } : null;
    const areas = areaChangesAfter({ previous, index: index.control, range: { start: range[0], end: range[1] } });
    last = { index, start: range[0], end: range[1], areas };
    return areas;
  },
);
