// The shading over the part of a day shown whole, from where the day starts on the track up to the handle.
import { HEIGHT, HIST_TOP } from './track-geometry';

export function DayBand({ from, to }: { from: number; to: number }) {
  return (
    <div class="timeline-day-band"
      style={{ left: `${from}px`, width: `${Math.max(2, to - from)}px`, top: `${HIST_TOP - 4}px`, height: `${HEIGHT - HIST_TOP}px` }} />
  );
}
