// The crowded moments' canvas (src/map/point-canvas.ts) draws only when what it shows changed: a step
// that leaves every mark as it was (most hours of a dataset dated to the day) asks for no frame. (How
// the marks look and are picked: tests/e2e/point-canvas.test.ts.)
import * as L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markPlace } from '../../src/map/mark-place';
import { PointCanvas, type CanvasPoint } from '../../src/map/point-canvas';
import { clearMapsAfterEach, jsdomMap } from '../helpers/jsdom-map';

clearMapsAfterEach();
afterEach(() => vi.restoreAllMocks());

/** An invented mark at a place of the built-in city, at a fade. */
const point = (id: string, alpha: number): CanvasPoint => ({ id, place: markPlace([37.05, 41.22]), colour: '#d55e00', shape: 'circle', alpha });

describe('the crowded moments\' canvas', () => {
  it('asks for a frame when its marks or the selection change, and for none when a step leaves them as they were', async () => {
    const canvas = new PointCanvas({ onPick: () => {} });
    canvas.addTo(jsdomMap());
    // Each frame asked for comes in a microtask (and draws nothing: jsdom has no 2D context).
    const frames = vi.spyOn(L.Util, 'requestAnimFrame').mockImplementation((fn, context) => {
      queueMicrotask(() => fn.call(context, 0));
      return 1;
    });
    const step = async (points: CanvasPoint[], selected: string | null) => {
      canvas.setPoints(points, selected);
      await new Promise<void>((resolve) => queueMicrotask(resolve));
    };
    const a = point('a', 1);
    const b = point('b', 0.5);
    await step([a, b], null);
    expect(frames).toHaveBeenCalledTimes(1);
    // The next step's list: a new array of the same points.
    await step([a, b], null);
    expect(frames).toHaveBeenCalledTimes(1);
    // A mark faded (a new point for it), one more, one fewer, another order, a selection: each is drawn.
    const changes: [CanvasPoint[], string | null][] = [[[a, point('b', 0.75)], null], [[a, b, point('c', 1)], null], [[a], null], [[b, a], null], [[b, a], 'a']];
    for (const [points, selected] of changes) await step(points, selected);
    expect(frames).toHaveBeenCalledTimes(1 + changes.length);
  });
});
