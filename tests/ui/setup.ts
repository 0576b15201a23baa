// Component tests run in jsdom: reset the DOM between tests.
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// jsdom has no canvas: say so as a browser without one would (no context), instead of logging
// "not implemented" on every draw.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

// jsdom has no CSS.escape (the incident list uses it to find the row it keeps in view): a minimal one.
if (typeof globalThis.CSS === 'undefined') {
  (globalThis as { CSS?: unknown }).CSS = { escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) };
}
