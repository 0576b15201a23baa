// The track's day and hour grid: a line at each midnight, a tick (and, where there is room, a label) every few hours.
import { HOUR } from '../../core/time';
import { HEIGHT, HIST_HEIGHT, HIST_TOP, dayWidthOn, xOn, type TrackExtent } from './track-geometry';

export interface HourTicksProps {
  extent: TrackExtent;
  midnights: number[];
}

/** A few hundred lines at most, so SVG (the many small marks are on a canvas). */
export function HourTicks({ extent, midnights }: HourTicksProps) {
  const x = (t: number) => xOn(t, extent);
  const dayWidth = dayWidthOn(extent);
  const hourStep = dayWidth > 220 ? 3 : dayWidth > 110 ? 6 : 12;
  return (
    <svg width={extent.width} height={HEIGHT} aria-hidden="true" focusable="false">
      {midnights.map((m) => {
        const hours = [];
        for (let h = hourStep; h < 24; h += hourStep) {
          const t = m + h * HOUR;
          if (t >= extent.end) break;
          hours.push(<g key={h}>
            <line class="timeline-hour" x1={x(t)} x2={x(t)} y1={HIST_TOP + HIST_HEIGHT} y2={HIST_TOP + HIST_HEIGHT + 4} />
            {hourStep <= 6 ? <text class="timeline-hour-label" x={x(t)} y={HEIGHT - 1} text-anchor="middle">{String(h).padStart(2, '0')}</text> : null}
          </g>);
        }
        return (
          <g key={m}>
            <line class="timeline-day" x1={x(m)} x2={x(m)} y1={2} y2={HEIGHT - 10} />
            {hours}
          </g>
        );
      })}
    </svg>
  );
}
