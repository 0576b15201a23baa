// What a view shows, read from the core's indexes as the app's selectors read them
// (src/store/selectors.ts): control at the view's time, what changed, the incidents and the layers.
import { changedHandsRecently, controlStateAt, RECENT_CHANGE_MS, type AreaState } from '../control';
import { handsChangedIn, type HandsChanged } from '../control-range';
import type { DatasetIndex } from '../dataset-index';
import { incidentsOverlapping, incidentsShown } from '../incidents';
import { layerIds, type LayerId } from '../layers';
import { startOfLocalDay } from '../time';
import type { Dataset, Incident } from '../types';


export interface RenderView {
  /** The moment, a day's last moment, or a range's end (as the store holds it). */
  time: number;
  span: 'moment' | 'day' | 'range';
  rangeStart?: number | null;
}

export interface ViewContents {
  /** Every area's state at the view's time, in the index's area order. */
  states: AreaState[];
  /** A range's areas that changed hands inside it; a day's that changed hands during it; none at a moment. */
  changed: HandsChanged[];
  /** At a moment or a day: the areas drawn as having changed hands in the last hours. */
  recent: ReadonlySet<string>;
  /** The incidents on the map, after the layer filter, in start order. */
  incidents: Incident[];
  /** [start, end] of a range, both included; null unless a range is shown. */
  range: [number, number] | null;
  /** [start, end) of a day shown whole; null unless a day is. */
  day: [number, number] | null;
  layers: ReadonlySet<LayerId>;
}

export interface ViewQuery {
  dataset: Dataset;
  index: DatasetIndex;
  view: RenderView;
  layers?: readonly LayerId[] | undefined;
}

export function viewContents({ dataset, index, view, layers = layerIds(index.vocabulary) }: ViewQuery): ViewContents {
  const { time } = view;
  const range: [number, number] | null = view.span === 'range' && view.rangeStart !== undefined && view.rangeStart !== null
    ? [view.rangeStart, time] : null;
  const day: [number, number] | null = view.span === 'day' ? [startOfLocalDay(time, dataset.manifest.timezone), time + 1] : null;
  const on = new Set(layers);
  const states = controlStateAt(index.control, time);
  const shown = range ? incidentsOverlapping(index.incidents, range[0], range[1]) : incidentsShown(index.incidents, time, day);
  // A day's changes are those from its first moment on (handsChangedIn leaves out one exactly at `from`).
  const changed = range ? handsChangedIn(index.control, range[0], range[1]) : day ? handsChangedIn(index.control, day[0] - 1, time) : [];
  const recent = new Set(range ? [] : states.filter((s) => changedHandsRecently(s, time, RECENT_CHANGE_MS)).map((s) => s.site));
  return {
    states, changed, recent, range, day, layers: on,
    incidents: shown.filter((i) => on.has(index.vocabulary.typeById.get(i.type)?.layer ?? '')),
  };
}
