// Derived state of a range shown, for the parts that only a range needs (loaded with them, on demand).
import { handsChangedOf, type HandsChanged } from '../core/control-range';
import { selectAreaChanges } from './range-area-changes';
import { rangeIncidentsFollower } from './range-incidents';
import { memoSelector, rangeIncidents } from './selectors';

// A range is shown: its incidents follow its end's moves from here on (see rangeIncidents).
rangeIncidents.shown = rangeIncidentsFollower();

/** The areas that changed hands inside the range shown (none when no range is); the same array while those do not change. */
export const selectHandsChanged = memoSelector(
  (s) => [selectAreaChanges(s)] as const,
  (areas): HandsChanged[] => handsChangedOf(areas),
);
