// The timeline track's layout, in CSS pixels: its rows from the top, and where a time falls across it.
import { DAY } from '../../core/time';
import type { MarkRows } from './draw-marks';

export const HEIGHT = 94;
export const HIST_TOP = 18;
export const HIST_HEIGHT = 26;
/** Left and right margins inside the track: the ends of the extent sit this far in. */
export const PAD = 14;

/** Where draw-marks puts each kind of mark; each incident layer has its own row, so none hides another. */
export const MARK_ROWS: MarkRows = { histTop: HIST_TOP, histHeight: HIST_HEIGHT, markRowTop: 50, markRowGap: 6, changeRow: 78, pad: PAD };

export interface TrackExtent {
  start: number;
  end: number;
  /** The track's width. */
  width: number;
}

/** x of a time on a track of this extent and width. */
export function xOn(t: number, { start, end, width }: TrackExtent): number {
  return PAD + ((t - start) / (end - start)) * (width - 2 * PAD);
}

/** The width of a day on the track. */
export function dayWidthOn({ start, end, width }: TrackExtent): number {
  return (DAY / (end - start)) * (width - 2 * PAD);
}

/** The time under a pointer at clientX over a track drawn in `rect`, snapped to `snap` ms. */
export function timeAtClientX(clientX: number, rect: DOMRect, { start, end, snap }: { start: number; end: number; snap: number }): number {
  const frac = Math.min(1, Math.max(0, (clientX - rect.left - PAD) / (rect.width - 2 * PAD)));
  return start + Math.round((frac * (end - start)) / snap) * snap;
}
