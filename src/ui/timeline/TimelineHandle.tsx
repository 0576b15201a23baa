// The timeline's handle. It moves by a compositor transform (on a layer of its own: will-change in
// app.css) over the static backdrop, so a step repaints nothing.
import { HEIGHT, HIST_HEIGHT, HIST_TOP } from './track-geometry';

export function TimelineHandle({ x }: { x: number }) {
  return (
    <div class="timeline-handle" style={{ transform: `translateX(${x}px)`, height: `${HEIGHT - 10}px` }}>
      <span class="timeline-handle-knob" style={{ top: `${HIST_TOP + HIST_HEIGHT - 8}px` }} />
    </div>
  );
}
