// The timeline's many small marks (hourly histogram bars, incident marks, control changes) drawn on
// one canvas: months of data make tens of thousands of them, which as SVG elements would make every
// frame's style, layout and compositing work grow with the data.
import type { IncidentLayerEntry } from '../../core/vocabulary';
import { traceMark } from '../../marks/mark-shapes';

export interface TrackGeometry {
  width: number;
  height: number;
  /** x of a time, in CSS pixels. */
  x: (t: number) => number;
}

export interface MarkRows {
  histTop: number;
  histHeight: number;
  markRowTop: number;
  markRowGap: number;
  changeRow: number;
  pad: number;
}

export interface TrackMarks {
  start: number;
  hour: number;
  counts: ArrayLike<number>;
  max: number;
  marks: readonly { layer: string; hour: number }[];
  /** The dataset's incident layers: a row of marks each, in their shape and colour. */
  layers: readonly Pick<IncidentLayerEntry, 'id' | 'colour' | 'mark'>[];
  changes: readonly { at: number; fill: string }[];
  /** The track's ground and ink (default: light). */
  colours?: TrackColours;
}

/** The track's own colours (the marks' are the data's and the layers'): ink on paper, or on a dark ground. */
export interface TrackColours {
  ground: string;
  bar: string;
  /** Around the control changes' diamonds. */
  edge: string;
}

export const LIGHT_TRACK: TrackColours = { ground: '#f6f4ef', bar: '#b9b2a3', edge: '#222222' };
export const DARK_TRACK: TrackColours = { ground: '#24272c', bar: '#6b6f78', edge: '#d8d8d8' };

/** The rows of marks the track has room for: the built-in layers' four. */
export const MARK_ROW_ROOM = 4;
const MARK_RADIUS = 2.8;

/**
 * How far apart the rows of marks are, and how big their marks: a row each for up to four layers; a
 * dataset with more fits them all into the same band, the rows closer and the marks smaller, so that
 * every layer keeps a row of its own and nothing spills onto the control changes' row below.
 */
export function markRowSpacing(layers: number, rows: Pick<MarkRows, 'markRowGap'>): { gap: number; radius: number } {
  if (layers <= MARK_ROW_ROOM) return { gap: rows.markRowGap, radius: MARK_RADIUS };
  const gap = (rows.markRowGap * (MARK_ROW_ROOM - 1)) / (layers - 1);
  return { gap, radius: Math.min(MARK_RADIUS, gap * 0.47) };
}

export function drawTrackMarks(ctx: CanvasRenderingContext2D, g: TrackGeometry, rows: MarkRows, data: TrackMarks): void {
  const colours = data.colours ?? LIGHT_TRACK;
  ctx.clearRect(0, 0, g.width, g.height);
  ctx.fillStyle = colours.ground;
  ctx.fillRect(rows.pad, rows.histTop - 4, Math.max(0, g.width - 2 * rows.pad), g.height - rows.histTop);

  const barW = Math.max(1, (g.width - 2 * rows.pad) / Math.max(1, data.counts.length) - 0.5);
  ctx.fillStyle = colours.bar;
  for (let i = 0; i < data.counts.length; i++) {
    const c = data.counts[i] as number;
    if (c === 0) continue;
    const h = (c / data.max) * rows.histHeight;
    ctx.fillRect(g.x(data.start + i * data.hour), rows.histTop + rows.histHeight - h, barW, h);
  }

  ctx.lineWidth = 0.6;
  ctx.strokeStyle = '#ffffff';
  const { gap, radius } = markRowSpacing(data.layers.length, rows);
  data.layers.forEach((layer, row) => {
    const y = rows.markRowTop + row * gap;
    ctx.fillStyle = layer.colour;
    ctx.beginPath();
    for (const m of data.marks) {
      if (m.layer !== layer.id) continue;
      const cx = g.x(data.start + (m.hour + 0.5) * data.hour);
      traceMark(ctx, layer.mark, cx, y, radius);
    }
    ctx.fill();
    ctx.stroke();
  });

  // One path per colour: thousands of changes cost a few fills, not one each.
  ctx.lineWidth = 1;
  ctx.strokeStyle = colours.edge;
  const byFill = new Map<string, number[]>();
  for (const c of data.changes) {
    const list = byFill.get(c.fill);
    if (list) list.push(g.x(c.at));
    else byFill.set(c.fill, [g.x(c.at)]);
  }
  for (const [fill, xs] of byFill) {
    ctx.fillStyle = fill;
    ctx.beginPath();
    for (const cx of xs) {
      ctx.moveTo(cx, rows.changeRow - 4);
      ctx.lineTo(cx + 3.5, rows.changeRow);
      ctx.lineTo(cx, rows.changeRow + 4);
      ctx.lineTo(cx - 3.5, rows.changeRow);
      ctx.closePath();
    }
    ctx.fill();
    ctx.stroke();
  }
}
