// A band of marks drawn step by step shows, pixel for pixel, what it shows drawn whole: checked on a
// model canvas that keeps, for each pixel, which marks were drawn there and in what order (clips and
// clears included), over random steps that drop the oldest marks, add new ones and fade some.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MarkBand, type BandView } from '../../src/map/mark-band';
import type { Sprite } from '../../src/map/mark-sprites';

const HALF = 3;
const SIDE = 7;

interface Mark {
  id: string;
  x: number;
  y: number;
}

/** The calls a band makes on a 2D context, kept as a stack of mark ids per pixel. */
class PixelStacks {
  /** Every pixel's marks, bottom first, as one string to compare. */
  picture(): string {
    return this.pixels.map((stack) => stack.join(',')).join('|');
  }

  readonly pixels: string[][];
  drawn = 0;
  private clips: [number, number, number, number][];
  private path: [number, number, number, number] | null = null;

  constructor(private readonly width: number, private readonly height: number) {
    this.pixels = Array.from({ length: width * height }, () => []);
    this.clips = [[0, 0, width, height]];
  }

  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    // The band draws in device pixels.
    expect([a, b, c, d, e, f]).toEqual([1, 0, 0, 1, 0, 0]);
  }
  save(): void {
    this.clips.push(this.clip$());
  }
  restore(): void {
    this.clips.pop();
  }
  beginPath(): void {
    this.path = null;
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.path = [x, y, x + w, y + h];
  }
  clip(): void {
    const [x0, y0, x1, y1] = this.clip$();
    const [a0, b0, a1, b1] = this.path ?? [0, 0, 0, 0];
    this.clips[this.clips.length - 1] = [Math.max(x0, a0), Math.max(y0, b0), Math.min(x1, a1), Math.min(y1, b1)];
  }
  clearRect(x: number, y: number, w: number, h: number): void {
    this.each(x, y, w, h, (stack) => stack.splice(0));
  }
  drawImage(image: { id: string; width: number; height: number }, x: number, y: number): void {
    expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
    this.drawn++;
    this.each(x, y, image.width, image.height, (stack) => stack.push(image.id));
  }
  private clip$(): [number, number, number, number] {
    return this.clips[this.clips.length - 1] as [number, number, number, number];
  }
  private each(x: number, y: number, w: number, h: number, f: (stack: string[]) => void): void {
    const [x0, y0, x1, y1] = this.clip$();
    for (let py = Math.max(y, y0); py < Math.min(y + h, y1); py++) {
      for (let px = Math.max(x, x0); px < Math.min(x + w, x1); px++) f(this.pixels[py * this.width + px] as string[]);
    }
  }
}

/** A small view, crowded with marks (many share a place); a larger one where they are sparse. */
const VIEW: BandView = { x: 100, y: 200, width: 60, height: 40, ratio: 1, key: 'view' };
const WIDE: BandView = { x: 100, y: 200, width: 400, height: 300, ratio: 1, key: 'wide' };

function modelBand(view = VIEW): { band: MarkBand<Mark>; ctx: PixelStacks } {
  const band = new MarkBand<Mark>('point-canvas');
  const ctx = new PixelStacks(view.width, view.height);
  band.canvas.width = view.width;
  band.canvas.height = view.height;
  Object.defineProperty(band.canvas, 'getContext', { value: () => ctx });
  return { band, ctx };
}
const spriteOf = (mark: Mark): Sprite => ({ image: { id: mark.id, width: SIDE, height: SIDE } as unknown as HTMLCanvasElement, half: HALF });

function draw(band: MarkBand<Mark>, marks: readonly Mark[], view = VIEW): void {
  band.draw({ marks, xy: Float64Array.from(marks.flatMap((m) => [m.x, m.y])), view, spriteOf, half: HALF, side: SIDE });
}

/** A band drawn whole for these marks: its pixels, and how many marks it drew. */
function whole(marks: readonly Mark[], view = VIEW): PixelStacks {
  const { band, ctx } = modelBand(view);
  draw(band, marks, view);
  return ctx;
}

let made = 0;
/** A new mark somewhere in the view or a little beyond (so that some are cut by the edges), on a grid of `step` pixels. */
const newMark = (rand: () => number, { view = VIEW, step = 4 } = {}): Mark => ({
  id: `m${++made}`,
  x: view.x - 4 + Math.floor(rand() * ((view.width + 8) / step)) * step,
  y: view.y - 4 + Math.floor(rand() * ((view.height + 8) / step)) * step,
});

/** A random walk's numbers, from a seed. */
function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** A step: the `drop` oldest marks go, `add` new ones come, and those at `fade` get a new look in the same place. */
function step(marks: readonly Mark[], { drop, add, fade }: { drop: number; add: number; fade: number[] }, next: () => Mark): Mark[] {
  const out = [...marks.slice(drop), ...Array.from({ length: add }, next)];
  for (const f of fade) {
    const at = f % out.length;
    out[at] = { ...(out[at] as Mark), id: `m${++made}` };
  }
  return out;
}

/** Steps: how many of the oldest go, how many new come, and which few fade (a new look in the same place). */
const steps = fc.array(fc.record({ drop: fc.integer({ min: 0, max: 25 }), add: fc.integer({ min: 0, max: 25 }), fade: fc.array(fc.nat(), { maxLength: 8 }) }), { minLength: 1, maxLength: 8 });

describe('a band of marks', () => {
  it('draws, step by step, what it draws whole, where marks crowd', () => {
    fc.assert(fc.property(fc.integer(), steps, (seed, walk) => {
      const rand = seeded(seed);
      let marks = Array.from({ length: 300 }, () => newMark(rand));
      const { band, ctx } = modelBand();
      draw(band, marks);
      for (const change of walk) {
        marks = step(marks, change, () => newMark(rand));
        draw(band, marks);
        expect(ctx.picture()).toBe(whole(marks).picture());
      }
    }), { numRuns: 25 });
  }, 30_000);

  it('draws a few marks at a step where they are sparse, not the band', () => {
    const rand = seeded(11);
    const next = () => newMark(rand, { view: WIDE, step: 2 });
    let marks = Array.from({ length: 400 }, next);
    const { band, ctx } = modelBand(WIDE);
    draw(band, marks, WIDE);
    const first = ctx.drawn;
    let wholeDrawn = 0;
    for (let i = 0; i < 5; i++) {
      marks = step(marks, { drop: 20, add: 20, fade: [] }, next);
      draw(band, marks, WIDE);
      const fresh = whole(marks, WIDE);
      expect(ctx.picture()).toBe(fresh.picture());
      wholeDrawn += fresh.drawn;
    }
    expect(ctx.drawn - first).toBeLessThan(wholeDrawn / 3);
  });

  it('draws whole for a new view (a pan or a zoom), and for many changes', () => {
    const rand = seeded(7);
    const marks = Array.from({ length: 300 }, () => newMark(rand));
    const { band, ctx } = modelBand();
    draw(band, marks);
    const once = ctx.drawn;
    expect(once).toBe(whole(marks).drawn);
    // The same marks again: nothing to draw.
    draw(band, marks);
    expect(ctx.drawn).toBe(once);
    // Panned by a pixel: every mark moves on the canvas.
    const panned = { ...VIEW, x: VIEW.x + 1, key: 'panned' };
    draw(band, marks, panned);
    const fresh = whole(marks, panned);
    expect(ctx.drawn).toBe(once + fresh.drawn);
    expect(ctx.picture()).toBe(fresh.picture());
    // Most marks gone (a layer turned off): drawn whole again.
    const few = marks.slice(250);
    draw(band, few, panned);
    expect(ctx.drawn).toBe(once + fresh.drawn + whole(few, panned).drawn);
  });

  it('hides its canvas while it has no marks', () => {
    const { band } = modelBand();
    draw(band, []);
    expect(band.canvas.style.display).toBe('none');
    draw(band, [{ id: 'a', x: 110, y: 210 }]);
    expect(band.canvas.style.display).toBe('');
  });
});
