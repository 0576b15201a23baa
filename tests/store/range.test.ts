// A range in the store: set and cleared, read from and written to links, shown by a story step, and
// what it derives (the incidents of the range, control at its end). Built-in dataset.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../helpers/properties';
import { readLink, writeLink } from '../../src/core/link';
import { applyLink, linkContextOf, linkStateOf } from '../../src/store/link-state';
import { selectHandsChanged } from '../../src/store/range-selectors';
import { selectRangeSummary } from '../../src/store/range-summary-selector';
import { handsChangedIn } from '../../src/core/control-range';
import { summarizeRange } from '../../src/core/range-summary';
import { selectAreaStates, selectRange, selectVisibleIncidents } from '../../src/store/selectors';
import { createAppStore } from '../../src/store/store';
import type { Dataset } from '../../src/core/types';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';

const at = (iso: string) => Date.parse(iso);

describe('a range in the store (built-in dataset)', async () => {
  const dataset = await loadValid(BUILTIN);
  const ctx = linkContextOf(dataset);
  const fresh = (d: Dataset = dataset) => {
    const store = createAppStore();
    store.getState().setLoadResult(d, []);
    return store;
  };
  const open = (search: string) => {
    const store = fresh();
    const { state, notices } = readLink(search, ctx);
    applyLink(store, state);
    return { store, notices };
  };

  it('t=2016-04-20/2016-04-23: control at the end of 23 April, the incidents of all four days, Allaya prison changed', () => {
    const { store, notices } = open('?t=2016-04-20/2016-04-23');
    expect(notices).toEqual([]);
    const s = store.getState();
    const end = at('2016-04-24T00:00:00+03:00') - 1;
    expect(s).toMatchObject({ span: 'range', rangeStart: at('2016-04-20T00:00:00+03:00'), time: end });
    expect(selectRange(s)).toEqual([at('2016-04-20T00:00:00+03:00'), end]);
    expect(selectAreaStates(s).find((a) => a.site === 'allaya-prison')?.controller).toBe('asayish');
    const ids = selectVisibleIncidents(s).map((i) => i.id);
    const expected = dataset.incidents.filter((i) => Date.parse(i.start) <= end && Date.parse(i.end ?? i.start) >= at('2016-04-20T00:00:00+03:00'));
    expect(new Set(ids)).toEqual(new Set(expected.map((i) => i.id)));
    // More than any single day shows.
    const day = fresh();
    day.getState().showDay(at('2016-04-21T12:00:00+03:00'));
    expect(ids.length).toBeGreaterThan(selectVisibleIncidents(day.getState()).length);
    expect(selectHandsChanged(s).find((c) => c.site === 'allaya-prison')?.before.controller).toBe('government');
    expect(writeLink(linkStateOf(s), ctx.timeZone)).toBe('?t=2016-04-20/2016-04-23');
  });

  it('derives What changed once per step, as the reader moves either end (the same as worked out from scratch)', () => {
    const store = fresh();
    const start = at('2016-04-20T00:00:00+03:00');
    const moves: [number, number][] = [];
    for (let h = 1; h <= 30; h++) moves.push([start, start + h * 3_600_000]);
    for (let h = 29; h >= 10; h -= 3) moves.push([start, start + h * 3_600_000]);
    moves.push([start + 5 * 3_600_000, start + 40 * 3_600_000], [start + 5 * 3_600_000, start + 70 * 3_600_000]);
    for (const [from, to] of moves) {
      store.getState().showRange(from, to);
      const s = store.getState();
      const range = { start: s.rangeStart as number, end: s.time };
      expect(selectRangeSummary(s)).toEqual(summarizeRange(dataset, s.index!, range));
      expect(selectHandsChanged(s)).toEqual(handsChangedIn(s.index!.control, range.start, range.end));
    }
    store.getState().clearRange();
    expect(selectRangeSummary(store.getState())).toBeNull();
    expect(selectHandsChanged(store.getState())).toEqual([]);
  });

  it('respects the layers: a layer turned off drops its incidents from the range', () => {
    const { store } = open('?t=2016-04-20/2016-04-23&layers=control,clash');
    const types = new Set(selectVisibleIncidents(store.getState()).map((i) => i.type));
    expect(types.size).toBeGreaterThan(0);
    for (const t of types) expect(['clash', 'siege', 'attack']).toContain(t);
  });

  it('shows a range and clears it; a moment or a day leaves it; ends are clamped and put in order', () => {
    const store = fresh();
    const s = () => store.getState();
    s().showRange(at('2016-04-22T10:00:00+03:00'), at('2016-04-21T08:00:00+03:00'));
    expect(s()).toMatchObject({ span: 'range', rangeStart: at('2016-04-21T08:00:00+03:00'), time: at('2016-04-22T10:00:00+03:00') });
    s().clearRange();
    expect(s()).toMatchObject({ span: 'moment', rangeStart: null, time: at('2016-04-22T10:00:00+03:00') });
    expect(selectRange(s())).toBeNull();
    s().showRange(0, at('2030-01-01T00:00:00Z'));
    expect(s()).toMatchObject({ rangeStart: dataset.start, time: dataset.end });
    s().setTime(at('2016-04-21T12:00:00+03:00'));
    expect(s()).toMatchObject({ span: 'moment', rangeStart: null });
    s().showRange(dataset.start, dataset.end);
    s().showDay(at('2016-04-21T12:00:00+03:00'));
    expect(s()).toMatchObject({ span: 'day', rangeStart: null });
    s().showRange(dataset.start, dataset.end);
    s().selectIncident('truce');
    expect(s()).toMatchObject({ span: 'moment', rangeStart: null });
  });

  it('a story step with until shows the range from its at; one without, its moment', () => {
    const [first, second] = dataset.story as [Dataset['story'][number], Dataset['story'][number]];
    const withUntil: Dataset = { ...dataset, story: [{ ...first, until: '2016-04-22T18:00+03:00' }, second, ...dataset.story.slice(2)] };
    const store = fresh(withUntil);
    store.getState().showStep(first.id);
    expect(store.getState()).toMatchObject({ span: 'range', rangeStart: Date.parse(first.at), time: at('2016-04-22T18:00:00+03:00') });
    store.getState().showStep(second.id);
    expect(store.getState()).toMatchObject({ span: 'moment', rangeStart: null, time: Date.parse(second.at) });
    const linked = fresh(withUntil);
    applyLink(linked, readLink(`?step=${first.id}`, linkContextOf(withUntil)).state);
    expect(linked.getState()).toMatchObject({ span: 'range', rangeStart: Date.parse(first.at), time: at('2016-04-22T18:00:00+03:00') });
  });

  it('store → link → store gives the same range (property)', () => {
    const minutes = (dataset.end - dataset.start) / 60_000;
    fc.assert(fc.property(fc.integer({ min: 0, max: minutes }), fc.integer({ min: 0, max: minutes }), fc.boolean(), (m1, m2, days) => {
      const a = fresh();
      const [x, y] = [dataset.start + Math.min(m1, m2) * 60_000, dataset.start + Math.max(m1, m2) * 60_000];
      if (days) {
        // Whole days, as a link with two dates gives them.
        const read = readLink(`?t=${new Date(x + 3 * 3_600_000).toISOString().slice(0, 10)}/${new Date(y + 3 * 3_600_000 - 1).toISOString().slice(0, 10)}`, ctx);
        if (!read.state.range) return;
        applyLink(a, read.state);
      } else a.getState().showRange(x, y);
      const link = writeLink(linkStateOf(a.getState()), ctx.timeZone);
      const read = readLink(link, ctx);
      expect(read.notices).toEqual([]);
      const b = fresh();
      applyLink(b, read.state);
      const pick = (s: ReturnType<typeof a.getState>) => ({ time: s.time, span: s.span, rangeStart: s.rangeStart });
      expect(pick(b.getState())).toEqual(pick(a.getState()));
    }), { numRuns: runs(300) });
  });
});
