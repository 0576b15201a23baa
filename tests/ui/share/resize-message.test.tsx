// The map's request for a frame height, read as embed.js reads it.
import { describe, expect, it } from 'vitest';
import { resizeHeight } from '../../../src/ui/share/resize-message';

const resize = (height: unknown) => ({ protocol: 'conflict-map', version: 1, type: 'resize', height });

describe('resizeHeight', () => {
  it('gives the height asked for, in whole pixels', () => {
    expect(resizeHeight(resize(612.2))).toBe(613);
  });

  it('keeps it between 320 and 10,000 px, as embed.js does', () => {
    expect(resizeHeight(resize(100))).toBe(320);
    expect(resizeHeight(resize(50_000))).toBe(10_000);
  });

  it('ignores other messages and heights that are not a positive number', () => {
    expect(resizeHeight({ ...resize(600), type: 'viewchange' })).toBeNull();
    expect(resizeHeight({ ...resize(600), version: 2 })).toBeNull();
    expect(resizeHeight({ ...resize(600), protocol: 'other' })).toBeNull();
    expect(resizeHeight({ sentinel: 'amp', type: 'embed-size', height: 600 })).toBeNull();
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, '600', null]) expect(resizeHeight(resize(bad)), String(bad)).toBeNull();
    expect(resizeHeight(null)).toBeNull();
    expect(resizeHeight('resize')).toBeNull();
  });
});
