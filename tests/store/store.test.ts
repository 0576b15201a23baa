import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/store';
import { selectAreaStates, selectVisibleIncidents } from '../../src/store/selectors';
import { MINI, loadValid } from '../helpers/fs-dataset';

const at = (iso: string) => Date.parse(iso);

async function readyStore() {
  const store = createAppStore();
  store.getState().setLoadResult(await loadValid(MINI), []);
  return store;
}

describe('the store', () => {
  it('starts at the dataset start and clamps time to the extent', async () => {
    const store = await readyStore();
    const { dataset } = store.getState();
    expect(store.getState().time).toBe(dataset?.start);
    store.getState().setTime(at('2030-01-01T00:00:00Z'));
    expect(store.getState().time).toBe(dataset?.end);
    store.getState().setTime(0);
    expect(store.getState().time).toBe(dataset?.start);
  });

  it('selecting an incident moves the time to it, unless told not to', async () => {
    const store = await readyStore();
    store.getState().selectIncident('shelling');
    expect(store.getState()).toMatchObject({ selectedId: 'shelling', time: at('2016-04-21T12:00:00+03:00') });
    store.getState().setTime(at('2016-04-22T00:00:00+03:00'));
    store.getState().selectIncident('first-clash', { moveTime: false });
    expect(store.getState()).toMatchObject({ selectedId: 'first-clash', time: at('2016-04-22T00:00:00+03:00') });
    store.getState().selectIncident('no-such-incident');
    expect(store.getState().selectedId).toBe('first-clash');
  });

  it('derives state once per step and keeps it while nothing changes', async () => {
    const store = await readyStore();
    const a = selectAreaStates(store.getState());
    expect(selectAreaStates(store.getState())).toBe(a);
    store.getState().setTime(at('2016-04-21T13:00:00+03:00'));
    const b = selectAreaStates(store.getState());
    expect(b).not.toBe(a);
    expect(b.find((s) => s.site === 'south')).toBe(a.find((s) => s.site === 'south'));
  });

  it('filters the incidents on the map by layer', async () => {
    const store = await readyStore();
    store.getState().setTime(at('2016-04-21T13:00:00+03:00'));
    expect(selectVisibleIncidents(store.getState()).map((i) => i.id)).toEqual(['long-siege', 'jail-capture', 'shelling']);
    store.getState().setLayerVisible('mortar', false);
    expect(selectVisibleIncidents(store.getState()).map((i) => i.id)).toEqual(['long-siege', 'jail-capture']);
    store.getState().setLayerVisible('mortar', true);
    expect(store.getState().layers).toEqual(['control', 'sites', 'mortar', 'clash', 'capture', 'talks']);
  });

  it('keeps a failed load visible as failed, with its problems', () => {
    const store = createAppStore();
    store.getState().setLoadResult(null, [{ file: 'dataset.json', message: 'could not be read' }]);
    expect(store.getState()).toMatchObject({ status: 'failed', problems: [{ file: 'dataset.json' }] });
  });

  it('holds one notice per id until dismissed', () => {
    const store = createAppStore();
    store.getState().addNotice('tiles', 'first');
    store.getState().addNotice('tiles', 'second');
    expect(store.getState().notices).toEqual([{ id: 'tiles', text: 'second' }]);
    store.getState().dismissNotice('tiles');
    expect(store.getState().notices).toEqual([]);
  });
});
