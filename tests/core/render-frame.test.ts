// The frame a picture fits a dataset into: as the app's map, the largest zoom in half steps at which
// the dataset's first frame fits the room left free, centred in it; the scale bar's round numbers.
import { describe, expect, it } from 'vitest';
import { initialFrame } from '../../src/core/initial-frame';
import { fitFrame } from '../../src/core/render/fit-frame';
import { projection } from '../../src/core/render/projection';
import { scaleBar } from '../../src/core/render/scale-bar';
import { builtin } from '../helpers/render-views';

describe('fitting a dataset', () => {
  const room = { left: 40, top: 60, right: 900, bottom: 590 };
  const padding = 28;

  it('takes the largest half-step zoom at which the first frame fits the room, centred in it', async () => {
    const { dataset } = await builtin();
    const view = fitFrame(dataset, { width: 1200, height: 630, room, padding });
    expect(view.zoom * 2).toBe(Math.round(view.zoom * 2));
    const [w, s, e, n] = initialFrame(dataset);
    const corners = (zoom: number) => {
      const p = projection({ ...view, zoom }, { cx: 600, cy: 315 });
      return [p.point(w, n), p.point(e, s)] as const;
    };
    const [[x0, y0], [x1, y1]] = corners(view.zoom);
    expect(x0).toBeGreaterThanOrEqual(room.left + padding - 0.5);
    expect(x1).toBeLessThanOrEqual(room.right - padding + 0.5);
    expect(y0).toBeGreaterThanOrEqual(room.top + padding - 0.5);
    expect(y1).toBeLessThanOrEqual(room.bottom - padding + 0.5);
    expect((x0 + x1) / 2).toBeCloseTo((room.left + room.right) / 2, 0);
    expect((y0 + y1) / 2).toBeCloseTo((room.top + room.bottom) / 2, 0);
    // Half a step closer, it no longer fits.
    const [[a0, b0], [a1, b1]] = corners(view.zoom + 0.5);
    expect(a1 - a0 > room.right - room.left - 2 * padding || b1 - b0 > room.bottom - room.top - 2 * padding).toBe(true);
  });

  it('shows a dataset of one place with its surroundings, not at the greatest zoom there is', () => {
    const one = { sites: [], basemap: [], incidents: [{ id: 'invented-1', type: 'clash', title: 'x', summary: 'x', start: '2021-03-01', time_precision: 'day' as const, location: { point: [41.2, 37.0] as [number, number] }, actors: [], casualties: [], confidence: 'low' as const, sources: ['s'] }] };
    const view = fitFrame(one, { width: 1200, height: 630, room, padding });
    // Two kilometres of latitude within the room's 474 pixels: zoom 14.5 at 37° N (525 pixels at 15; 18 would show some 50 metres).
    expect(view.zoom).toBe(14.5);
    const [x, y] = projection(view, { cx: 600, cy: 315 }).point(41.2, 37.0);
    expect([x, y]).toEqual([expect.closeTo((room.left + room.right) / 2, 0), expect.closeTo((room.top + room.bottom) / 2, 0)]);
  });
});

describe('the scale bar\'s distance', () => {
  it('is 1, 2, 3 or 5 times a power of ten, no longer than the room it is given', () => {
    for (const mpp of [0.3, 1.9, 7.4, 15.1, 120, 3333]) {
      const { metres, pixels } = scaleBar(mpp, 110);
      expect(pixels).toBeLessThanOrEqual(110);
      expect(pixels).toBeGreaterThan(110 / 3);
      const lead = metres / 10 ** Math.floor(Math.log10(metres));
      expect([1, 2, 3, 5]).toContain(Math.round(lead * 1e9) / 1e9);
    }
  });
});
