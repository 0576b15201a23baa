// The compare view in the store: on only within a range, off when the range ends, in links as
// compare=1, and the store of the range's start that its second map reads. Built-in dataset.
import { describe, expect, it } from 'vitest';
import { readLink, writeLink } from '../../src/core/link';
import { applyLink, linkContextOf, linkStateOf } from '../../src/store/link-state';
import { rangeStartStore } from '../../src/store/range-start-store';
import { memoSelector, selectAreaStates } from '../../src/store/selectors';
import { createAppStore, type AppState } from '../../src/store/store';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';

const at = (iso: string) => Date.parse(iso);
const RANGE = '?t=2016-04-20/2016-04-23';

describe('the compare view in the store (built-in dataset)', async () => {
  const dataset = await loadValid(BUILTIN);
  const ctx = linkContextOf(dataset);
  const open = (search: string) => {
    const store = createAppStore();
    store.getState().setLoadResult(dataset, []);
    const { state, notices } = readLink(search, ctx);
    applyLink(store, state);
    return { store, notices };
  };
  const link = (s: AppState) => writeLink(linkStateOf(s), ctx.timeZone);

  it('is on only while a range is shown, and goes into the link', () => {
    const { store } = open('?t=2016-04-21T10:00');
    store.getState().setCompare(true);
    expect(store.getState().compare).toBe(false);
    store.getState().showRange(at('2016-04-20T00:00:00+03:00'), at('2016-04-23T12:00:00+03:00'));
    store.getState().setCompare(true);
    expect(store.getState().compare).toBe(true);
    expect(link(store.getState())).toBe('?t=2016-04-20/2016-04-23T12:00&compare=1');
    store.getState().setCompare(false);
    expect(link(store.getState())).toBe('?t=2016-04-20/2016-04-23T12:00');
  });

  it('ends with the range, however the range ends', () => {
    const leave: [string, (s: AppState) => void][] = [
      ['cleared', (s) => s.clearRange()],
      ['a moment chosen', (s) => s.setTime(at('2016-04-21T10:00:00+03:00'))],
      ['a day chosen', (s) => s.showDay(at('2016-04-21T10:00:00+03:00'))],
      ['an incident chosen from the list', (s) => s.selectIncident(dataset.incidents[0]!.id)],
    ];
    for (const [how, act] of leave) {
      const { store } = open(`${RANGE}&compare=1`);
      expect(store.getState().compare, how).toBe(true);
      act(store.getState());
      expect(store.getState().compare, how).toBe(false);
      expect(link(store.getState()), how).not.toMatch(/compare/);
    }
  });

  it('moving an end or playing keeps it', () => {
    const { store } = open(`${RANGE}&compare=1`);
    store.getState().showRange(at('2016-04-20T00:00:00+03:00'), at('2016-04-22T12:00:00+03:00'));
    expect(store.getState().compare).toBe(true);
    store.getState().setPlaying(true);
    store.getState().playTo(at('2016-04-21T00:00:00+03:00'));
    expect(store.getState()).toMatchObject({ compare: true, span: 'range' });
  });

  it('reads compare=1 from a link with a range, and says why it shows one map without one', () => {
    expect(open(`${RANGE}&compare=1`).store.getState().compare).toBe(true);
    const { store, notices } = open('?t=2016-04-21T10:00&compare=1');
    expect(store.getState().compare).toBe(false);
    expect(notices).toEqual(['The link asks to compare two maps but shows no time range (t=start/end), so one map is shown.']);
    expect(open('?compare=yes').notices).toEqual(['The compare setting “yes” could not be read (expected 1 or 0), so it was ignored.']);
  });
});

describe('the store of the range\'s start', async () => {
  const dataset = await loadValid(BUILTIN);
  const app = createAppStore();
  app.getState().setLoadResult(dataset, []);
  const start = at('2016-04-20T00:00:00+03:00');
  app.getState().showRange(start, at('2016-04-23T23:59:00+03:00'));
  const view = rangeStartStore(app);

  it('shows the range\'s start as a moment: the prison still the government\'s there, the Asayish\'s at the end', () => {
    expect(view.store.getState()).toMatchObject({ time: start, span: 'moment', rangeStart: null, compare: false, playing: false });
    expect(selectAreaStates(view.store.getState()).find((a) => a.site === 'allaya-prison')?.controller).toBe('government');
    expect(selectAreaStates(app.getState()).find((a) => a.site === 'allaya-prison')?.controller).toBe('asayish');
  });

  it('follows the app store, and its actions change the app store', () => {
    const later = at('2016-04-21T06:00:00+03:00');
    app.getState().showRange(later, at('2016-04-23T23:59:00+03:00'));
    expect(view.store.getState().time).toBe(later);
    view.store.getState().setView({ zoom: 14, lat: 37.05, lon: 41.22 });
    expect(app.getState().view).toEqual({ zoom: 14, lat: 37.05, lon: 41.22 });
    view.stop();
    app.getState().showRange(start, later);
    expect(view.store.getState().time).toBe(later);
  });
});

describe('memoised selectors', () => {
  it('keep the last two answers, so two maps at two moments do not recompute each other\'s', () => {
    let computed = 0;
    const select = memoSelector((s: AppState) => [s.time] as const, (time) => { computed++; return { time }; });
    const a = { time: 1 } as AppState;
    const b = { time: 2 } as AppState;
    const first = select(a);
    select(b);
    expect(select(a)).toBe(first);
    expect(select(b)).toEqual({ time: 2 });
    expect(computed).toBe(2);
    // A third input pushes out the least recently read (a, read before b).
    select({ time: 3 } as AppState);
    expect(computed).toBe(3);
    select(b);
    expect(computed).toBe(3);
    select(a);
    expect(computed).toBe(4);
  });
});
