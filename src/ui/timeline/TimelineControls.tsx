// The quick ranges and the playback controls beside the timeline's heading, as one part that a time
// step skips: they read what they show (playing, speed, a range or not) from the store themselves.
import { lazyComponent } from '../lazy';
import { PureComponent } from '../PureComponent';
import { PlaybackControls } from './PlaybackControls';

// Not needed to draw the first map: it loads once the map is drawn.
const RangeChoices = lazyComponent(() => import('./RangeChoices').then((m) => m.RangeChoices), { afterMap: true });

/** Takes no props, so the timeline re-rendering at each step renders none of it (PureComponent). */
export class TimelineControls extends PureComponent<object> {
  override render() {
    return (
      <div class="timeline-controls">
        <RangeChoices />
        <PlaybackControls />
      </div>
    );
  }
}
