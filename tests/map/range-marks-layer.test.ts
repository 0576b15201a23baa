// A range's bands handed to the areas' canvas (src/map/range-marks-layer.ts with a band sink, as it is
// given where the areas are on a canvas): no SVG path, one band per area that changed hands, in the
// colour of who held it as the range began, kept in step with the range's ends, the layers, the
// language and the data. (The canvas's drawing of them: tests/e2e/area-canvas.test.ts, range-canvas.test.ts.)
import { describe, expect, it } from 'vitest';
import { clearMapsAfterEach, jsdomMap } from '../helpers/jsdom-map';
import type { CanvasBand } from '../../src/map/canvas-bands';
import { RangeMarksLayer } from '../../src/map/range-marks-layer';
import { selectHandsChanged } from '../../src/store/range-selectors';
import { createAppStore, type AppStore } from '../../src/store/store';
import type { Dataset } from '../../src/core/types';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';
import { popupContextOf } from '../helpers/popup-context';

clearMapsAfterEach();

/** The bands as the canvas would hold them. */
class Sink {
  readonly bands = new Map<string, CanvasBand>();
  setBand(id: string, band: CanvasBand | null): void {
    if (band) this.bands.set(id, band);
    else this.bands.delete(id);
  }
}

/** Each area that changed hands in the store's range, with the colour of who held it as the range began (none with the control layer off). */
function expected(store: AppStore): Map<string, string> {
  const s = store.getState();
  const colours = new Map((s.dataset?.actors ?? []).map((a) => [a.id, a.colour]));
  if (!s.layers.includes('control')) return new Map();
  return new Map(selectHandsChanged(s).map((c) => [c.site, colours.get(c.before.controller) ?? '#999999']));
}

const shown = (sink: Sink) => new Map([...sink.bands].map(([id, band]) => [id, band.colour]));
const at = (iso: string) => Date.parse(iso);

describe('a range\'s bands on the areas\' canvas', async () => {
  const dataset = await loadValid(BUILTIN);

  function setUp(): { store: AppStore; sink: Sink; layer: RangeMarksLayer } {
    const store = createAppStore();
    store.getState().setLoadResult(dataset, []);
    store.getState().showRange(at('2016-04-20T00:00:00+03:00'), at('2016-04-24T00:00:00+03:00') - 1);
    const sink = new Sink();
    const layer = new RangeMarksLayer(store, popupContextOf(dataset), { bands: sink });
    layer.addTo(jsdomMap());
    return { store, sink, layer };
  }

  it('hands each changed area\'s band to the canvas, in the colour of who held it as the range began, and draws no SVG path', () => {
    const { store, sink } = setUp();
    expect(shown(sink).get('allaya-prison')).toBe(dataset.actors.find((a) => a.id === selectHandsChanged(store.getState()).find((c) => c.site === 'allaya-prison')?.before.controller)?.colour);
    expect(shown(sink)).toEqual(expected(store));
    expect(document.querySelectorAll('.area-was')).toHaveLength(0);
    // Its "was" line is still on the map, for every band.
    expect(document.querySelectorAll('.area-was-label')).toHaveLength(sink.bands.size);
  });

  it('follows the range\'s start and end: bands come and go with the areas that changed hands inside it', () => {
    const { store, sink } = setUp();
    const all = shown(sink).size;
    // An end before any change: no band.
    store.getState().showRange(at('2016-04-20T00:00:00+03:00'), at('2016-04-20T00:30:00+03:00'));
    expect(expected(store).size).toBeLessThan(all);
    expect(shown(sink)).toEqual(expected(store));
    store.getState().showRange(at('2016-04-20T00:00:00+03:00'), at('2016-04-24T00:00:00+03:00') - 1);
    expect(shown(sink)).toEqual(expected(store));
    expect(shown(sink).size).toBe(all);
    // A later start: who held each area then.
    store.getState().showRange(at('2016-04-21T12:00:00+03:00'), at('2016-04-24T00:00:00+03:00') - 1);
    expect(shown(sink)).toEqual(expected(store));
    store.getState().clearRange();
    expect(shown(sink)).toEqual(new Map());
  });

  it('drops the bands with the control layer, and brings them back; keeps them across a change of language', () => {
    const { store, sink } = setUp();
    const bands = shown(sink);
    expect(bands.size).toBeGreaterThan(0);
    store.getState().setLayerVisible('control', false);
    expect(shown(sink)).toEqual(new Map());
    store.getState().setLayerVisible('control', true);
    expect(shown(sink)).toEqual(bands);
    store.getState().setLang('ar');
    expect(shown(sink)).toEqual(bands);
    expect(document.querySelectorAll('.area-was-label')).toHaveLength(bands.size);
  });

  it('redraws the bands in the colours of another dataset, and drops them all when the layer leaves the map', () => {
    const { store, sink, layer } = setUp();
    const recoloured: Dataset = { ...dataset, actors: dataset.actors.map((a, i) => ({ ...a, colour: `#10${String(i).padStart(2, '0')}20` })) };
    store.getState().setLoadResult(recoloured, []);
    store.getState().showRange(at('2016-04-20T00:00:00+03:00'), at('2016-04-24T00:00:00+03:00') - 1);
    expect(shown(sink).size).toBeGreaterThan(0);
    expect(shown(sink)).toEqual(expected(store));
    expect([...shown(sink).values()].every((c) => c.startsWith('#10'))).toBe(true);
    layer.remove();
    expect(shown(sink)).toEqual(new Map());
  });
});
