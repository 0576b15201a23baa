import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY } from '../../src/core/vocabulary';
import { layerMarkHtml, traceMark } from '../../src/marks/mark-shapes';

// The built-in layers (a dataset's own bring their colours and shapes in its manifest).
const LAYERS = DEFAULT_VOCABULARY.layers;
type Layer = (typeof LAYERS)[number];

type Call = [name: string, ...args: number[]];

/** A 2D context that records the path calls made on it, with their coordinates. */
function recordingContext(): { ctx: CanvasRenderingContext2D; calls: Call[] } {
  const calls: Call[] = [];
  const record = (name: string) => (...args: number[]) => { calls.push([name, ...args.map((a) => Math.round(a * 100) / 100)]); };
  const ctx = { moveTo: record('moveTo'), lineTo: record('lineTo'), arc: record('arc'), closePath: record('closePath') };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

/** The path a layer's mark traces on the map's canvas at x, y. */
function traced(layer: Layer, x: number, y: number, r: number): Call[] {
  const { ctx, calls } = recordingContext();
  traceMark(ctx, layer.mark, x, y, r);
  return calls;
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colours the marks are seen against: the map's own background and the city's fill. */
function basemapColours(): string[] {
  const mapBackground = /\.map \{[^}]*background: (#[0-9a-f]{6})/i.exec(readFileSync('src/ui/app.css', 'utf8'))?.[1];
  const cityFill = /city: \{[^}]*fillColor: '(#[0-9a-f]{6})'/i.exec(readFileSync('src/map/basemap-layer.ts', 'utf8'))?.[1];
  expect(mapBackground, 'the map background colour in app.css').toBeDefined();
  expect(cityFill, 'the city fill colour in basemap-layer.ts').toBeDefined();
  return [mapBackground as string, cityFill as string];
}

describe('incident marks too small for glyphs', () => {
  it('trace a different outline for each layer, so that colour is not the only cue', () => {
    const paths = LAYERS.map((layer) => JSON.stringify(traced(layer, 10, 10, 5)));
    expect(new Set(paths).size).toBe(LAYERS.length);
  });

  it('are drawn around the point they mark, within about their radius, as closed shapes', () => {
    for (const layer of LAYERS) {
      const calls = traced(layer, 100, 50, 5);
      expect(calls[0]?.[0], layer.id).toBe('moveTo');
      // Every vertex (or the circle's centre and radius) lies near 100, 50.
      for (const [name, x, y, r] of calls) {
        if (name === 'closePath') continue;
        if (name === 'arc') {
          expect([x, y, r], layer.id).toEqual([100, 50, 5]);
          continue;
        }
        expect(Math.hypot((x as number) - 100, (y as number) - 50), `${layer.id} ${name}`).toBeLessThanOrEqual(5 * 1.5);
      }
      const polygon = calls.some(([name]) => name === 'lineTo');
      if (polygon) expect(calls.at(-1)?.[0], layer.id).toBe('closePath');
    }
  });

  it('grow with the radius asked for (the selected mark is drawn larger)', () => {
    for (const layer of LAYERS) {
      const spread = (r: number) => Math.max(...traced(layer, 0, 0, r).flatMap(([name, x = 0, y = 0, radius = 0]) =>
        name === 'arc' ? [radius] : name === 'closePath' ? [] : [Math.hypot(x, y)]));
      expect(spread(6), layer.id).toBeGreaterThan(spread(5));
    }
  });

  it('stand out from the basemap: every layer colour has at least 3:1 contrast with it (WCAG 1.4.11)', () => {
    for (const background of basemapColours()) {
      for (const layer of LAYERS) {
        expect(contrast(layer.colour, background), `${layer.id} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('show in the legend with the same outline and colour as on the map', () => {
    for (const layer of LAYERS) {
      const svg = new DOMParser().parseFromString(layerMarkHtml(layer), 'image/svg+xml').documentElement;
      const shape = svg.querySelector('circle, polygon');
      expect(shape?.getAttribute('fill'), layer.id).toBe(layer.colour);
      const onMap = traced(layer, 0, 0, 5);
      if (shape?.tagName === 'circle') {
        expect(onMap.find(([name]) => name === 'arc'), layer.id).toEqual(['arc', 0, 0, 5, 0, 6.28]);
        expect(shape.getAttribute('r'), layer.id).toBe('5');
        continue;
      }
      const legendCorners = (shape?.getAttribute('points') ?? '').trim().split(/\s+/).map((p) => p.split(',').map(Number));
      const mapCorners = onMap.filter(([name]) => name !== 'closePath').map(([, x, y]) => [x, y]);
      expect(legendCorners.length, layer.id).toBe(mapCorners.length);
      legendCorners.forEach(([x = NaN, y = NaN], i) => {
        expect(x, `${layer.id} corner ${i}`).toBeCloseTo(mapCorners[i]?.[0] ?? NaN, 1);
        expect(y, `${layer.id} corner ${i}`).toBeCloseTo(mapCorners[i]?.[1] ?? NaN, 1);
      });
    }
  });
});
