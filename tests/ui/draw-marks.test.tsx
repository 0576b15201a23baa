// The timeline's rows of marks: a row for each incident layer, four with the built-in layers' spacing,
// and more (a dataset declaring six) fitted into the same band so every layer is still drawn.
import { describe, expect, it } from 'vitest';
import { drawTrackMarks, markRowSpacing } from '../../src/ui/timeline/draw-marks';
import { MARK_ROWS } from '../../src/ui/timeline/track-geometry';

/** A canvas context that keeps, for each fill, its colour and the y of every point of its path. */
function recordingContext() {
  const fills: { colour: string; ys: number[] }[] = [];
  let ys: number[] = [];
  const ctx = {
    fillStyle: '', strokeStyle: '', lineWidth: 1,
    clearRect() {}, fillRect() {}, stroke() {}, closePath() {},
    beginPath() { ys = []; },
    moveTo(_x: number, y: number) { ys.push(y); },
    lineTo(_x: number, y: number) { ys.push(y); },
    arc(_x: number, y: number) { ys.push(y); },
    fill() { fills.push({ colour: String(ctx.fillStyle), ys }); },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills };
}

const INVENTED_LAYERS = ['red-a', 'red-b', 'red-c', 'red-d', 'red-e', 'red-f'].map((id, i) => ({ id, colour: `#00000${i + 1}`, mark: 'circle' as const }));

function draw(layers: typeof INVENTED_LAYERS) {
  const { ctx, fills } = recordingContext();
  drawTrackMarks(ctx, { width: 400, height: 90, x: (t) => t / 1000 }, MARK_ROWS, {
    start: 0, hour: 3600_000, counts: [1], max: 1, layers, changes: [],
    marks: layers.map((l) => ({ layer: l.id, hour: 0 })),
  });
  // The marks' fills: one per layer, in its colour (the histogram uses fillRect, not fill).
  return fills.filter((f) => layers.some((l) => l.colour === f.colour) && f.ys.length > 0);
}

describe('the timeline\'s rows of marks', () => {
  it('keeps the built-in spacing for four layers', () => {
    const rows = draw(INVENTED_LAYERS.slice(0, 4));
    expect(rows.map((r) => r.colour)).toEqual(INVENTED_LAYERS.slice(0, 4).map((l) => l.colour));
    // Circles: the arc's centre is each row's y.
    expect(rows.map((r) => r.ys[1])).toEqual([50, 56, 62, 68]);
  });

  it('draws every one of six layers, each on a row of its own inside the same band, above the changes\' row', () => {
    const rows = draw(INVENTED_LAYERS);
    expect(rows.map((r) => r.colour)).toEqual(INVENTED_LAYERS.map((l) => l.colour));
    const ys = rows.map((r) => r.ys[1] as number);
    expect(new Set(ys).size).toBe(6);
    expect(Math.min(...ys)).toBe(MARK_ROWS.markRowTop);
    expect(Math.max(...ys)).toBeCloseTo(MARK_ROWS.markRowTop + 3 * MARK_ROWS.markRowGap);
    const { gap, radius } = markRowSpacing(6, MARK_ROWS);
    // Neighbouring marks do not overlap, and the lowest stays clear of the control changes' row.
    expect(2 * radius).toBeLessThan(gap);
    expect(Math.max(...ys) + radius).toBeLessThan(MARK_ROWS.changeRow - 4);
  });
});
