// A range's "was" lines (src/map/was-labels.ts): one element over the map, each line placed on its
// area's centre by a 2D translation in whole pixels, placed anew when the zoom changes, added,
// replaced and dropped by area, and hidden where it would cover a line before it. (How they look and
// that they follow the range: tests/e2e/range.test.ts.)
import type * as L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { clearMapsAfterEach, jsdomMap } from '../helpers/jsdom-map';
import { WasLabels } from '../../src/map/was-labels';

clearMapsAfterEach();

const line = (text: string) => Object.assign(document.createElement('div'), { textContent: text });
/** Sets a line of `element`'s text, centred on its area's centre. */
const put = (labels: WasLabels, id: string, at: L.LatLngTuple, element: HTMLElement) =>
  labels.set(id, at, element, { text: element.textContent ?? '', below: null });
/** Lets the lines' fit, worked out once after a step's changes, be done. */
const settled = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const NORTH: L.LatLngTuple = [37.06, 41.21];
const SOUTH: L.LatLngTuple = [37.04, 41.23];

/** Where a line's transform puts it, as the layer point it should be on. */
function placeOf(element: HTMLElement): [number, number] {
  const m = /^translate\((-?\d+)px, (-?\d+)px\)$/.exec(element.style.transform);
  if (!m) throw new Error(`not a 2D translation in whole pixels: ${JSON.stringify(element.style.transform)}`);
  return [Number(m[1]), Number(m[2])];
}

const layerPoint = (on: L.Map, latLng: L.LatLngTuple): [number, number] => {
  const p = on.latLngToLayerPoint(latLng).round();
  return [p.x, p.y];
};

describe('the "was" lines of a range', () => {
  it('puts each line on its place in the tooltip pane, set before or after the layer is on the map', () => {
    const on = jsdomMap();
    const labels = new WasLabels();
    const first = line('was: Invented Holder');
    put(labels, 'area-a', NORTH, first);
    labels.addTo(on);
    const second = line('was: Another Holder');
    put(labels, 'area-b', SOUTH, second);
    const pane = on.getPane('tooltipPane');
    expect(pane?.contains(first) && pane.contains(second)).toBe(true);
    expect(first.parentElement).toBe(second.parentElement);
    expect(placeOf(first)).toEqual(layerPoint(on, NORTH));
    expect(placeOf(second)).toEqual(layerPoint(on, SOUTH));
    expect(placeOf(first)).not.toEqual(placeOf(second));
  });

  it('places the lines anew when the zoom changes', () => {
    const on = jsdomMap();
    const labels = new WasLabels().addTo(on);
    const element = line('was: Invented Holder');
    put(labels, 'area-a', NORTH, element);
    const before = placeOf(element);
    on.setZoom(16, { animate: false });
    expect(placeOf(element)).toEqual(layerPoint(on, NORTH));
    expect(placeOf(element)).not.toEqual(before);
  });

  it('replaces a line set again for the same area, drops one deleted, and drops all when cleared', () => {
    const on = jsdomMap();
    const labels = new WasLabels().addTo(on);
    const old = line('was: Invented Holder');
    put(labels, 'area-a', NORTH, old);
    const renewed = line('كان: Invented Holder');
    put(labels, 'area-a', NORTH, renewed);
    const other = line('was: Another Holder');
    put(labels, 'area-b', SOUTH, other);
    expect(old.isConnected).toBe(false);
    expect(renewed.isConnected).toBe(true);
    labels.delete('area-a');
    expect(renewed.isConnected).toBe(false);
    expect(other.isConnected).toBe(true);
    labels.clear();
    expect(other.isConnected).toBe(false);
    // Cleared lines do not come back when the layer is added again.
    on.removeLayer(labels);
    labels.addTo(on);
    expect(on.getPane('tooltipPane')?.textContent).toBe('');
  });

  it('leaves the map with its element, and keeps its lines for when it comes back', () => {
    const on = jsdomMap();
    const labels = new WasLabels().addTo(on);
    const element = line('was: Invented Holder');
    put(labels, 'area-a', NORTH, element);
    on.removeLayer(labels);
    expect(element.isConnected).toBe(false);
    on.setZoom(15, { animate: false });
    labels.addTo(on);
    expect(element.isConnected).toBe(true);
    expect(placeOf(element)).toEqual(layerPoint(on, NORTH));
  });

  it('hides a line that would cover one set before it, and shows it again where there is room', async () => {
    const on = jsdomMap();
    on.setZoom(10, { animate: false });
    const labels = new WasLabels().addTo(on);
    const first = line('was: Invented Holder');
    const near = line('was: Another Holder');
    const far = line('was: Third Holder');
    put(labels, 'area-a', NORTH, first);
    // A thousandth of a degree away: the same spot at zoom 10, a hundred pixels apart at 17.
    put(labels, 'area-b', [NORTH[0] - 0.001, NORTH[1]], near);
    put(labels, 'area-c', SOUTH, far);
    await settled();
    expect([first.hidden, near.hidden, far.hidden]).toEqual([false, true, false]);

    on.setZoom(17, { animate: false });
    expect([first.hidden, near.hidden]).toEqual([false, false]);

    on.setZoom(10, { animate: false });
    expect(near.hidden).toBe(true);
    labels.delete('area-a');
    await settled();
    expect(near.hidden).toBe(false);
  });
});
