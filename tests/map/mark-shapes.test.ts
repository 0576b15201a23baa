import { describe, expect, it } from 'vitest';
import { INCIDENT_LAYERS } from '../../src/core/incidents';
import { LAYER_SHAPES, layerMarkHtml, traceMark } from '../../src/map/mark-shapes';

/** A canvas context that records the path calls made on it. */
function recordingContext(): { ctx: CanvasRenderingContext2D; calls: string[] } {
  const calls: string[] = [];
  const record = (name: string) => () => { calls.push(name); };
  const ctx = { moveTo: record('moveTo'), lineTo: record('lineTo'), arc: record('arc'), closePath: record('closePath') };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('incident marks too small for glyphs', () => {
  it('have a shape of their own per layer, so that colour is not the only cue', () => {
    const shapes = INCIDENT_LAYERS.map((layer) => LAYER_SHAPES[layer]);
    expect(new Set(shapes).size).toBe(INCIDENT_LAYERS.length);
    const drawn = INCIDENT_LAYERS.map((layer) => {
      const { ctx, calls } = recordingContext();
      traceMark(ctx, LAYER_SHAPES[layer], 10, 10, 3);
      return calls.join(' ');
    });
    expect(new Set(drawn).size).toBe(INCIDENT_LAYERS.length);
    expect(new Set(INCIDENT_LAYERS.map(layerMarkHtml)).size).toBe(INCIDENT_LAYERS.length);
  });
});
