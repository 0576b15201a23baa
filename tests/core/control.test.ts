import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { areaStateAt, buildControlIndex, changedHandsRecently, controlStateAt, lastAtOrBefore } from '../../src/core/control';
import { HOUR } from '../../src/core/time';
import type { ControlChange } from '../../src/core/types';
import { MINI, loadValid } from '../helpers/fs-dataset';

const at = (iso: string) => Date.parse(iso);

describe('control state at a moment (fixture)', async () => {
  const dataset = await loadValid(MINI);
  const index = buildControlIndex(dataset);

  it('starts from each area\'s initial controller', () => {
    const states = controlStateAt(index, dataset.start);
    expect(states.map((s) => [s.site, s.controller, s.contested, s.since])).toEqual([
      ['north', 'blue', false, null], ['south', 'orange', false, null], ['jail', 'blue', false, null],
    ]);
  });

  it('marks the jail contested from the afternoon of the 20th, and orange from noon on the 21st', () => {
    expect(areaStateAt(index, 'jail', at('2016-04-20T11:59:00+03:00'))?.contested).toBe(false);
    const besieged = areaStateAt(index, 'jail', at('2016-04-20T12:00:00+03:00'));
    expect(besieged).toMatchObject({ controller: 'blue', contested: true, since: null });
    const taken = areaStateAt(index, 'jail', at('2016-04-21T12:00:00+03:00'));
    expect(taken).toMatchObject({ controller: 'orange', contested: false, since: at('2016-04-21T12:00:00+03:00') });
    expect(taken?.change?.id).toBe('jail-taken');
  });

  it('keeps the since-time when only the contested flag changes', () => {
    const s = areaStateAt(index, 'jail', dataset.end);
    expect(s?.since).toBe(at('2016-04-21T12:00:00+03:00'));
  });

  it('knows when an area changed hands recently', () => {
    const s = areaStateAt(index, 'north', at('2016-04-22T11:00:00+03:00'));
    expect(s && changedHandsRecently(s, at('2016-04-22T11:00:00+03:00'), 6 * HOUR)).toBe(true);
    expect(s && changedHandsRecently(s, at('2016-04-22T16:00:00+03:00'), 6 * HOUR)).toBe(false);
  });

  it('returns the same state object while nothing changes, so layers can skip work', () => {
    const a = areaStateAt(index, 'south', at('2016-04-20T10:00:00+03:00'));
    const b = areaStateAt(index, 'south', at('2016-04-22T10:00:00+03:00'));
    expect(a).toBe(b);
  });
});

describe('binary search (property)', () => {
  it('lastAtOrBefore agrees with a linear scan', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1000, max: 1000 })), fc.integer({ min: -1100, max: 1100 }), (xs, t) => {
      const sorted = Float64Array.from(xs).sort();
      let expected = -1;
      sorted.forEach((x, i) => { if (x <= t) expected = i; });
      return lastAtOrBefore(sorted, t) === expected;
    }));
  });

  it('the indexed state equals replaying the changes in order', () => {
    const change = fc.record({
      offset: fc.integer({ min: 0, max: 100 }),
      to: fc.constantFrom('a', 'b', 'c'),
      contested: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(change, { maxLength: 30 }), fc.integer({ min: -5, max: 105 }), (raw, probe) => {
      const sorted = [...raw].sort((x, y) => x.offset - y.offset);
      let prev = 'a';
      const changes: ControlChange[] = sorted.map((c, i) => {
        const rec: ControlChange = {
          id: `c${i}`, site: 'x', at: new Date(c.offset * 60_000).toISOString(), time_precision: 'minute',
          from: prev, to: c.to, contested: c.contested, confidence: 'high', sources: ['s'],
        };
        prev = c.to;
        return rec;
      });
      const index = buildControlIndex({ control: { initial: [{ site: 'x', controller: 'a', confidence: 'high', sources: ['s'] }], changes } });
      let controller = 'a';
      let contested = false;
      for (const c of changes) if (Date.parse(c.at) <= probe * 60_000) ({ to: controller, contested } = c);
      const s = areaStateAt(index, 'x', probe * 60_000);
      // The controller's since-time is that of the change at which it took over.
      expect(s?.since ?? null).toBe(s?.sinceChange ? Date.parse(s.sinceChange.at) : null);
      return s?.controller === controller && s.contested === contested;
    }));
  });
});
