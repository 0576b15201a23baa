// Mark places keep their projected position for one zoom: a step reads positions back, a new zoom projects them again.
import { describe, expect, it } from 'vitest';
import type { LatLngTuple } from 'leaflet';
import { markPlace, placePositions } from '../../src/map/mark-place';

/** A projection that counts its calls: x from the longitude, y from the latitude, scaled by the zoom. */
function counting() {
  const calls: number[] = [];
  return {
    calls,
    project: (latLng: LatLngTuple, zoom: number) => {
      calls.push(zoom);
      return { x: latLng[1] * 2 ** zoom, y: latLng[0] * 2 ** zoom };
    },
  };
}

describe('placePositions', () => {
  it('projects a place once per zoom, and every look of a mark shares it', () => {
    const a = markPlace([10, 20]);
    const b = markPlace([-5, 7]);
    // Two looks (fades) of the first mark, one of the second.
    const items = [{ place: a }, { place: b }, { place: a }];
    const { calls, project } = counting();
    expect([...placePositions(items, { zoom: 3, project })]).toEqual([160, 80, 56, -40, 160, 80]);
    expect(calls).toEqual([3, 3]);
    // The next step shows other marks of which some were shown: only the new one is projected.
    const c = markPlace([1, 1]);
    expect([...placePositions([{ place: b }, { place: c }], { zoom: 3, project })]).toEqual([56, -40, 8, 8]);
    expect(calls).toEqual([3, 3, 3]);
  });

  it('projects again at a new zoom, and not at a pan (world pixels do not move with the view)', () => {
    const a = markPlace([10, 20]);
    const { calls, project } = counting();
    placePositions([{ place: a }], { zoom: 3, project });
    placePositions([{ place: a }], { zoom: 3, project });
    expect(calls).toEqual([3]);
    expect([...placePositions([{ place: a }], { zoom: 4.5, project })]).toEqual([20 * 2 ** 4.5, 10 * 2 ** 4.5]);
    expect(calls).toEqual([3, 4.5]);
    // Back at the first zoom: the place holds the last zoom only.
    expect([...placePositions([{ place: a }], { zoom: 3, project })]).toEqual([160, 80]);
    expect(calls).toEqual([3, 4.5, 3]);
  });

  it('starts each new place (another dataset\'s marks) unprojected', () => {
    const place = markPlace([1, 2]);
    expect([place.x, place.y, place.zoom]).toEqual([NaN, NaN, NaN]);
    expect(placePositions([], { zoom: 1, project: counting().project })).toHaveLength(0);
  });
});
