// A time step tells only the subscribers whose slice it changed: a layer or panel that watches
// something else (the selection, the layers, the words, the dataset's actors) hears nothing of it.
import { describe, expect, it } from 'vitest';
import { rangeStartStore } from '../../src/store/range-start-store';
import { selectActorsById, selectAreaStates, selectSitesById, selectVisibleIncidents } from '../../src/store/selectors';
import { createAppStore, type AppState, type AppStore } from '../../src/store/store';
import { MINI, loadValid } from '../helpers/fs-dataset';

const at = (iso: string) => Date.parse(iso);

async function readyStore(): Promise<AppStore> {
  const store = createAppStore();
  store.getState().setLoadResult(await loadValid(MINI), []);
  return store;
}

/** How many times each selector's listener is called, as a layer's store.subscribe(selector, …) is. */
function countCalls(store: AppStore, selectors: Record<string, (s: AppState) => unknown>): Record<string, number> {
  const calls: Record<string, number> = {};
  for (const [name, selector] of Object.entries(selectors)) {
    calls[name] = 0;
    store.subscribe(selector, () => { calls[name] = (calls[name] ?? 0) + 1; });
  }
  return calls;
}

const HOURS = ['2016-04-21T10:00:00+03:00', '2016-04-21T11:00:00+03:00', '2016-04-21T12:00:00+03:00', '2016-04-21T13:00:00+03:00'];

describe('what a time step notifies', () => {
  it('tells the subscribers of the time and of what derives from it, and no other', async () => {
    const store = await readyStore();
    const calls = countCalls(store, {
      time: (s) => s.time,
      visible: selectVisibleIncidents,
      selection: (s) => s.selectedId,
      layers: (s) => s.layers,
      words: (s) => s.messages,
      view: (s) => s.view,
      claims: (s) => s.claims,
      actors: selectActorsById,
      sites: selectSitesById,
      // An area that changes hands at no hour stepped through keeps its state object; one that does, does not.
      south: (s) => selectAreaStates(s).find((a) => a.site === 'south'),
      jail: (s) => selectAreaStates(s).find((a) => a.site === 'jail'),
    });
    expect(selectAreaStates(store.getState()).find((a) => a.site === 'south')).toBeDefined();
    for (const hour of HOURS) store.getState().setTime(at(hour));
    expect(calls).toMatchObject({ time: HOURS.length, selection: 0, layers: 0, words: 0, view: 0, claims: 0, actors: 0, sites: 0, south: 0 });
    // The incidents shown changed at some of these hours, not necessarily at all of them.
    expect(calls.visible).toBeGreaterThan(0);
    expect(calls.visible).toBeLessThanOrEqual(HOURS.length);
    // The jail is taken at 12:00.
    expect(calls.jail).toBeGreaterThan(0);
  });

  it('tells nobody when the time set is the time shown, nor when a setting is set to what it is', async () => {
    const store = await readyStore();
    store.getState().setTime(at(HOURS[0] as string));
    let heard = 0;
    store.subscribe(() => { heard++; });
    const { time, claims, speed, lang } = store.getState();
    store.getState().setTime(time);
    store.getState().setClaims(claims);
    store.getState().setSpeed(speed);
    store.getState().setLang(lang);
    store.getState().setLayerVisible('mortar', true);
    // Each key step of the timeline stops playback first: with nothing playing, that is no change.
    store.getState().setPlaying(false);
    expect(heard).toBe(0);
    // A real change is still heard: the count above can move.
    store.getState().setSpeed(speed + 1);
    expect(heard).toBe(1);
  });

  it('does not reach the compare view\'s first map when only the range\'s end moves', async () => {
    const store = await readyStore();
    store.getState().showRange(at('2016-04-20T10:00:00+03:00'), at('2016-04-21T10:00:00+03:00'));
    const start = rangeStartStore(store);
    let heard = 0;
    start.store.subscribe(() => { heard++; });
    for (const hour of HOURS) store.getState().showRange(at('2016-04-20T10:00:00+03:00'), at(hour));
    expect(heard).toBe(0);
    expect(start.store.getState().time).toBe(at('2016-04-20T10:00:00+03:00'));
    // Its start moving is what the first map shows: that is heard.
    store.getState().showRange(at('2016-04-20T11:00:00+03:00'), at(HOURS[3] as string));
    expect(heard).toBe(1);
    expect(start.store.getState().time).toBe(at('2016-04-20T11:00:00+03:00'));
    start.stop();
  });
});
