// The incidents of the range shown, as its end moves: from those of the step before, so that the layer
// filter reads only the incidents the move adds or drops, not the whole range's. Installed into
// selectVisibleIncidents (selectors.ts) by the range's code as it loads; the same incidents as there.
import { lastAtOrBefore } from '../core/control';
import type { DatasetIndex } from '../core/dataset-index';
import { incidentsOverlapping } from '../core/incidents';
import type { LayerId } from '../core/layers';
import type { Incident } from '../core/types';

/** What the last answer was for, and the answer. */
interface Last {
  index: DatasetIndex;
  layers: readonly LayerId[];
  range: readonly [number, number];
  shown: Incident[];
}

/** A function that gives a range's incidents after a filter, remembering its last answer. */
export function rangeIncidentsFollower(): (index: DatasetIndex, layers: readonly LayerId[], range: readonly [number, number], keep: (i: Incident) => boolean) => Incident[] {
  let last: Last | null = null;
  return (index, layers, range, keep) => {
    let shown: Incident[];
    if (last && last.index === index && last.layers === layers && last.range[0] === range[0]) {
      // Those begun inside the range end the list (core/incidents.ts): a move of its end adds or drops them there.
      const { starts, incidents } = index.incidents;
      const was = lastAtOrBefore(starts, last.range[1]);
      const now = lastAtOrBefore(starts, range[1]);
      const moved = incidents.slice(Math.min(was, now) + 1, Math.max(was, now) + 1).filter(keep);
      shown = moved.length === 0 ? last.shown : now > was ? last.shown.concat(moved) : last.shown.slice(0, last.shown.length - moved.length);
    } else {
      shown = incidentsOverlapping(index.incidents, range[0], range[1]).filter(keep);
    }
    last = { index, layers, range, shown };
    return shown;
  };
}
