import { describe, expect, it } from 'vitest';
import { MAP_MAX_HEIGHT, MAP_MIN_HEIGHT, wantedMapHeight } from '../../src/core/embed-height';

describe('the map height an embedded frame asks for', () => {
  it('is 3:4 of the width, at least the minimum on phones and at most the maximum on wide columns', () => {
    expect(wantedMapHeight(320)).toBe(MAP_MIN_HEIGHT);
    expect(wantedMapHeight(360)).toBe(270);
    expect(wantedMapHeight(600)).toBe(450);
    expect(wantedMapHeight(768)).toBe(MAP_MAX_HEIGHT);
    expect(wantedMapHeight(1280)).toBe(MAP_MAX_HEIGHT);
  });

  it('never shrinks as the frame widens', () => {
    let previous = 0;
    for (let width = 0; width <= 2000; width += 7) {
      const h = wantedMapHeight(width);
      expect(h).toBeGreaterThanOrEqual(previous);
      previous = h;
    }
  });
});
