// Paints the timeline's marks canvas for a dataset: loaded on demand (with draw-marks and the hourly
// counts), since the map is drawn without it and the first load has no room to spare.
import { pageIsDark, watchPageTheme } from '../../app/page-theme';
import type { DatasetIndex } from '../../core/dataset-index';
import { hourlyActivity, type HourlyActivity } from '../../core/hourly-activity';
import { HOUR } from '../../core/time';
import type { Actor, Dataset } from '../../core/types';
import { DARK_TRACK, drawTrackMarks, LIGHT_TRACK } from './draw-marks';
import { HEIGHT, MARK_ROWS, xOn } from './track-geometry';

export interface TrackMarksInput {
  dataset: Dataset;
  index: DatasetIndex;
  /** The canvas's width in CSS pixels. */
  width: number;
  actors: ReadonlyMap<string, Actor>;
}

// Counted once per dataset (its index, over its own extent), not again when only the width changes.
const activities = new WeakMap<DatasetIndex, HourlyActivity>();

/** The canvases painted and what from: painted again when the page's colours change (theme=auto). */
const painted = new Map<HTMLCanvasElement, TrackMarksInput>();
let watching = false;

export function paintTrackMarks(canvas: HTMLCanvasElement, input: TrackMarksInput): void {
  // Canvases no longer on the page (a timeline made anew) are forgotten, with their data.
  for (const c of painted.keys()) if (!c.isConnected) painted.delete(c);
  painted.set(canvas, input);
  if (!watching) {
    watching = true;
    watchPageTheme(() => { for (const [c, i] of painted) paint(c, i); });
  }
  paint(canvas, input);
}

function paint(canvas: HTMLCanvasElement, { dataset, index, width, actors }: TrackMarksInput): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { start, end } = dataset;
  let activity = activities.get(index);
  if (!activity) activities.set(index, (activity = hourlyActivity({ index: index.incidents, start, end, vocabulary: index.vocabulary })));
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(HEIGHT * ratio);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const changes = dataset.control.changes.map((c) => ({ at: Date.parse(c.at), fill: c.contested ? '#ffffff' : actors.get(c.to)?.colour ?? '#999999' }));
  const extent = { start, end, width };
  drawTrackMarks(ctx, { width, height: HEIGHT, x: (t) => xOn(t, extent) }, MARK_ROWS,
    { start, hour: HOUR, counts: activity.counts, max: activity.max, marks: activity.marks, layers: index.vocabulary.layers, changes, colours: pageIsDark() ? DARK_TRACK : LIGHT_TRACK });
}
