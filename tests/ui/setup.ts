// Component tests run in jsdom: reset the DOM between tests.
import { cleanup } from '@testing-library/preact';
import { options } from 'preact';
import { afterEach } from 'vitest';
import { FIRST_DRAW_MARK } from '../../src/core/performance-marks';

afterEach(() => cleanup());

// jsdom has no canvas: say so as a browser without one would (no context), instead of logging
// "not implemented" on every draw.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

// jsdom has no CSS.escape (the incident list uses it to find the row it keeps in view): a minimal one.
if (typeof globalThis.CSS === 'undefined') {
  (globalThis as { CSS?: unknown }).CSS = { escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) };
}

// Preact runs effects after the next frame, racing a 100 ms timer against requestAnimationFrame; a
// timer that fires after jsdom has gone calls a cancelAnimationFrame that no longer exists (an
// unhandled error that failed a busy run). Effects here run on a plain timer instead.
options.requestAnimationFrame = (flush) => { setTimeout(flush, 0); };

// Components are tested without the map: say its first frame is drawn, so that the parts waiting
// for it (the incident list, the quick ranges: ui/after-first-map.ts) load at once, as they do
// in the app once the map is there.
performance.mark(FIRST_DRAW_MARK);
