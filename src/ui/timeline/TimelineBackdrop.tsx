// Everything on the track but the handle and the day band: the marks canvas and the hour grid.
import type { DatasetIndex } from '../../core/dataset-index';
import type { Actor, Dataset } from '../../core/types';
import { PureComponent } from '../PureComponent';
import { HourTicks } from './HourTicks';
import { TrackMarksCanvas } from './TrackMarksCanvas';

export interface TimelineBackdropProps {
  dataset: Dataset;
  index: DatasetIndex;
  midnights: number[];
  width: number;
  actors: ReadonlyMap<string, Actor>;
}

/**
 * It depends only on the data and the width, so it is a component of its own that a time step
 * skips whole (a memoised element would still be diffed in full).
 */
export class TimelineBackdrop extends PureComponent<TimelineBackdropProps> {
  override render({ dataset, index, midnights, width, actors }: TimelineBackdropProps) {
    return (
      <div class="timeline-backdrop">
        <TrackMarksCanvas dataset={dataset} index={index} width={width} actors={actors} />
        <HourTicks extent={{ start: dataset.start, end: dataset.end, width }} midnights={midnights} />
      </div>
    );
  }
}
