// Derived state of a range shown, for the parts that only a range needs (loaded with them, on demand).
import { handsChangedIn, type HandsChanged } from '../core/control-range';
import { memoSelector, selectRange } from './selectors';

/** The areas that changed hands inside the range shown (none when no range is). */
export const selectHandsChanged = memoSelector(
  (s) => [s.index, selectRange(s)] as const,
  (index, range): HandsChanged[] => (index && range ? handsChangedIn(index.control, range[0], range[1]) : []),
);
