import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIncidentIndex, eventTimes, incidentsAround, incidentsBetween, nextEventTime, previousEventTime } from '../../src/core/incidents';
import { binCounts } from '../../src/core/histogram';
import { HOUR } from '../../src/core/time';
import type { Incident } from '../../src/core/types';
import { MINI, loadValid } from '../helpers/fs-dataset';

const at = (iso: string) => Date.parse(iso);

function incident(id: string, startMin: number, durMin?: number): Incident {
  return {
    id, type: 'clash', title: id, summary: id, start: new Date(startMin * 60_000).toISOString(),
    ...(durMin === undefined ? {} : { end: new Date((startMin + durMin) * 60_000).toISOString() }),
    time_precision: 'minute', location: { point: [0, 0] }, actors: [], casualties: [], confidence: 'high', sources: ['s'],
  };
}

describe('incidents at a moment (fixture)', async () => {
  const dataset = await loadValid(MINI);
  const index = buildIncidentIndex(dataset.incidents, 24 * HOUR);

  it('shows what began in the last 24 hours and what is still going on', () => {
    const ids = incidentsAround(index, at('2016-04-21T13:00:00+03:00')).map((i) => i.id);
    expect(ids).toEqual(['long-siege', 'jail-capture', 'shelling']);
  });

  it('drops an incident 24 hours after it began', () => {
    expect(incidentsAround(index, at('2016-04-21T10:59:00+03:00')).map((i) => i.id)).toContain('first-clash');
    expect(incidentsAround(index, at('2016-04-21T11:01:00+03:00')).map((i) => i.id)).not.toContain('first-clash');
  });

  it('lists the incidents of a day', () => {
    expect(incidentsBetween(index, at('2016-04-21T00:00:00+03:00'), at('2016-04-22T00:00:00+03:00')).map((i) => i.id))
      .toEqual(['jail-capture', 'shelling']);
  });

  it('steps between events', () => {
    const times = eventTimes(index, [at('2016-04-22T09:30:00+03:00')]);
    expect(nextEventTime(times, at('2016-04-21T12:00:00+03:00'))).toBe(at('2016-04-22T09:30:00+03:00'));
    expect(previousEventTime(times, at('2016-04-21T12:00:00+03:00'))).toBe(at('2016-04-20T12:00:00+03:00'));
    expect(nextEventTime(times, at('2016-04-22T10:00:00+03:00'))).toBeUndefined();
  });
});

describe('incident index (property)', () => {
  it('equals a brute-force filter for any incidents and moment', () => {
    const rec = fc.record({ start: fc.integer({ min: 0, max: 5000 }), dur: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }) });
    fc.assert(fc.property(fc.array(rec, { maxLength: 60 }), fc.integer({ min: -100, max: 9000 }), fc.integer({ min: 1, max: 1500 }), (raw, t, window) => {
      const incidents = raw.map((r, i) => incident(`i${String(i).padStart(3, '0')}`, r.start, r.dur));
      const index = buildIncidentIndex(incidents, window * 60_000);
      const tm = t * 60_000;
      const expected = index.incidents.filter((inc) => {
        const s = Date.parse(inc.start);
        const e = inc.end === undefined ? s : Date.parse(inc.end);
        return s <= tm && (s > tm - window * 60_000 || e >= tm);
      }).map((i) => i.id);
      expect(incidentsAround(index, tm).map((i) => i.id)).toEqual(expected);
    }));
  });

  it('histogram bins count every time once', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 999 })), fc.integer({ min: 1, max: 300 }), (xs, bin) => {
      const sorted = Float64Array.from(xs).sort();
      const counts = binCounts(sorted, 0, 1000, bin);
      const expected = new Uint32Array(Math.ceil(1000 / bin));
      for (const x of xs) expected[Math.floor(x / bin)]! += 1;
      expect(Array.from(counts)).toEqual(Array.from(expected));
    }));
  });
});
