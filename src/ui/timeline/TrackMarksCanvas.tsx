// Hosts the canvas that the histogram, incident marks and control changes are painted on (paint-track-marks).
import { createRef } from 'preact';
import { afterFirstMap } from '../after-first-map';
import { PureComponent } from '../PureComponent';
import type { TrackMarksInput } from './paint-track-marks';
import { HEIGHT } from './track-geometry';

let painter: Promise<typeof import('./paint-track-marks')> | null = null;

/** Repaints only when the data or the width change (never on a time step). */
export class TrackMarksCanvas extends PureComponent<TrackMarksInput> {
  private readonly canvas = createRef<HTMLCanvasElement>();

  override componentDidMount(): void {
    this.paint();
  }

  override componentDidUpdate(): void {
    this.paint();
  }

  private paint(): void {
    // Without a 2D context (jsdom, a browser without canvas) there is nothing to load the painter for.
    if (!this.canvas.current?.getContext('2d')) return;
    // The marks are not the map: their painter loads once the first map is drawn.
    painter ??= afterFirstMap().then(() => import('./paint-track-marks'));
    // Once loaded, the painter runs in a microtask: before the next frame, so a resize never shows a blank canvas.
    painter.then(({ paintTrackMarks }) => {
      if (this.canvas.current) paintTrackMarks(this.canvas.current, this.props);
    }, () => {
      painter = null; // offline for a moment: the track stays bare until the next repaint tries again
    });
  }

  override render({ width }: TrackMarksInput) {
    return <canvas ref={this.canvas} style={{ width: `${width}px`, height: `${HEIGHT}px` }} aria-hidden="true" />;
  }
}
