import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeMarkers } from '../../src/core/placement';

describe('marker placement', () => {
  it('leaves a lone marker where it is', () => {
    expect(placeMarkers([{ id: 'a', x: 10, y: 10 }], 28).get('a')).toEqual([0, 0]);
  });

  it('moves a second marker at the same spot aside', () => {
    const offsets = placeMarkers([{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 0, y: 0 }], 28);
    const [dx, dy] = offsets.get('b') ?? [0, 0];
    expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(26);
  });

  it('keeps marks apart from each other and from obstacles when there is room (property)', () => {
    const pt = fc.record({ x: fc.integer({ min: 0, max: 60 }), y: fc.integer({ min: 0, max: 60 }) });
    fc.assert(fc.property(fc.array(pt, { maxLength: 8 }), fc.array(pt, { maxLength: 3 }), (pts, obstacles) => {
      const size = 20;
      const offsets = placeMarkers(pts.map((p, i) => ({ id: `m${i}`, ...p })), size, obstacles);
      const placed = pts.map((p, i) => {
        const [dx, dy] = offsets.get(`m${i}`) ?? [0, 0];
        return { x: p.x + dx, y: p.y + dy };
      });
      const all = [...obstacles, ...placed];
      for (let i = obstacles.length; i < all.length; i++) {
        for (let j = 0; j < i; j++) {
          const a = all[i]!;
          const b = all[j]!;
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(size - 2);
        }
      }
    }));
  });
});
