import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../helpers/properties';
import { readLink, writeLink } from '../../src/core/link';
import { applyLink, linkContextOf, linkStateOf } from '../../src/store/link-state';
import { selectVisibleIncidents } from '../../src/store/selectors';
import { createAppStore } from '../../src/store/store';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';

const at = (iso: string) => Date.parse(iso);

describe('links and the store (built-in dataset)', async () => {
  const dataset = await loadValid(BUILTIN);
  const ctx = linkContextOf(dataset);
  const fresh = () => {
    const store = createAppStore();
    store.getState().setLoadResult(dataset, []);
    return store;
  };
  const open = (search: string) => {
    const store = fresh();
    const { state, notices } = readLink(search, ctx);
    applyLink(store, state);
    return { store, notices };
  };

  it('writes nothing for the default view', () => {
    expect(writeLink(linkStateOf(fresh().getState()), ctx.timeZone)).toBe('');
  });

  it('keeps the colours and plain layout a link opens with, writing them back (theme only when not light)', () => {
    const { store } = open('?embed=1&theme=auto&plain=1&t=2016-04-21');
    expect(store.getState()).toMatchObject({ embed: true, theme: 'auto', plain: true });
    expect(writeLink(linkStateOf(store.getState()), ctx.timeZone)).toBe('?t=2016-04-21&embed=1&plain=1&theme=auto');
    const light = open('?theme=light&plain=0').store.getState();
    expect(light).toMatchObject({ theme: 'light', plain: false });
    expect(writeLink(linkStateOf(light), ctx.timeZone)).toBe('');
    // A link without them (Back to an older entry, say) returns to the defaults: light, not plain.
    applyLink(store, readLink('?t=2016-04-21', ctx).state);
    expect([store.getState().theme, store.getState().plain]).toEqual([undefined, undefined]);
  });

  it('a whole day shows that day\'s incidents and the control state at its end', () => {
    const { store } = open('?t=2016-04-21');
    const s = store.getState();
    expect(s.span).toBe('day');
    expect(s.time).toBe(at('2016-04-22T00:00:00+03:00') - 1);
    const visible = selectVisibleIncidents(s);
    expect(visible.length).toBeGreaterThan(3);
    for (const i of visible) expect(i.start.startsWith('2016-04-21')).toBe(true);
    expect(writeLink(linkStateOf(s), ctx.timeZone)).toBe('?t=2016-04-21');
  });

  it('event alone sets the time to the incident and selects it', () => {
    const { store } = open('?event=truce');
    expect(store.getState()).toMatchObject({ selectedId: 'truce', time: at('2016-04-22T15:30:00+03:00'), span: 'moment' });
    expect(writeLink(linkStateOf(store.getState()), ctx.timeZone)).toBe('?t=2016-04-22T15:30&event=truce');
  });

  it('t and event together: the time from t, the incident selected', () => {
    const { store } = open('?t=2016-04-22T18:00&event=truce');
    expect(store.getState()).toMatchObject({ selectedId: 'truce', time: at('2016-04-22T18:00:00+03:00') });
  });

  it('a story step sets its moment, view and incident', () => {
    const step = dataset.story[3]!;
    const { store } = open(`?step=${step.id}`);
    expect(store.getState()).toMatchObject({ step: step.id, time: Date.parse(step.at), selectedId: step.incident ?? null });
    expect(store.getState().view?.zoom).toBe(step.view?.zoom);
  });

  it('store → link → store gives the same view (property)', () => {
    const ids = dataset.incidents.map((i) => i.id);
    const minutes = (dataset.end - dataset.start) / 60_000;
    fc.assert(fc.property(
      fc.integer({ min: 0, max: minutes }), fc.boolean(), fc.option(fc.constantFrom(...ids), { nil: null }),
      fc.subarray(['control', 'sites', 'mortar', 'clash', 'capture', 'talks'] as const), fc.boolean(),
      (minute, day, selected, layers, embed) => {
        const a = fresh();
        if (day) a.getState().showDay(dataset.start + minute * 60_000);
        else a.getState().setTime(dataset.start + minute * 60_000);
        a.setState({ selectedId: selected, layers: [...layers], embed, view: { zoom: 15, lat: 37.05, lon: 41.22 } });
        const link = writeLink(linkStateOf(a.getState()), ctx.timeZone);
        const b = fresh();
        const read = readLink(link, ctx);
        expect(read.notices).toEqual([]);
        applyLink(b, read.state);
        const pick = (s: ReturnType<typeof a.getState>) => ({ time: s.time, span: s.span, selectedId: s.selectedId, layers: s.layers, embed: s.embed, view: s.view });
        expect(pick(b.getState())).toEqual(pick(a.getState()));
      },
    ), { numRuns: runs(300) });
  });
});
