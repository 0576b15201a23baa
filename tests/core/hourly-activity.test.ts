import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hourlyActivity } from '../../src/core/hourly-activity';
import { buildIncidentIndex } from '../../src/core/incidents';
import { DEFAULT_VOCABULARY } from '../../src/core/vocabulary';
import { HOUR, MINUTE } from '../../src/core/time';
import type { Incident, IncidentType } from '../../src/core/types';

// Invented incidents on an invented extent: only the type and the times matter here.
const START = Date.parse('2030-01-01T00:00:00Z');
const TYPES: IncidentType[] = ['clash', 'mortar', 'artillery', 'capture', 'siege', 'arrest', 'attack', 'talks', 'ceasefire', 'statement', 'exchange'];

function incident(id: string, type: IncidentType, start: number, end?: number): Incident {
  return {
    id, type, title: id, summary: id, start: new Date(start).toISOString(),
    ...(end === undefined ? {} : { end: new Date(end).toISOString() }),
    time_precision: 'minute', location: { point: [0, 0] }, actors: [], casualties: [], confidence: 'high', sources: ['s'],
  };
}

const activity = (incidents: Incident[], start: number, end: number) =>
  hourlyActivity({ index: buildIncidentIndex(incidents, 24 * HOUR), start, end, vocabulary: DEFAULT_VOCABULARY });

/** The plain reading: hour h holds what begins in [start + h hours, start + h + 1 hours), the last hour up to the end inclusive. */
function expected(incidents: Incident[], start: number, end: number) {
  const hours = Math.max(1, Math.ceil((end - start) / HOUR));
  const counts: number[] = [];
  const marks = new Set<string>();
  for (let h = 0; h < hours; h++) {
    const from = start + h * HOUR;
    const last = h === hours - 1;
    const inHour = incidents.filter((i) => {
      const t = Date.parse(i.start);
      return t >= from && (last ? t <= end : t < from + HOUR);
    });
    counts.push(inHour.length);
    for (const i of inHour) marks.add(`${DEFAULT_VOCABULARY.typeById.get(i.type)?.layer}@${h}`);
  }
  return { counts, max: Math.max(1, ...counts), marks: [...marks].sort() };
}

const markKeys = (a: ReturnType<typeof activity>) => a.marks.map((m) => `${m.layer}@${m.hour}`).sort();

describe('hourly activity', () => {
  it('matches a plain hour-by-hour count on generated incidents and extents', () => {
    const extent = fc.record({
      offset: fc.integer({ min: 0, max: 59 }).map((m) => m * MINUTE),
      // Often a whole number of hours, where the end falls on the boundary past the last hour.
      length: fc.oneof(fc.integer({ min: 0, max: 80 * 60 }).map((m) => m * MINUTE), fc.integer({ min: 0, max: 80 }).map((h) => h * HOUR)),
    });
    // Where an incident begins: anywhere, on an hour of the extent (or a moment before one), or at its end.
    const when = fc.oneof(
      fc.record({ from: fc.constant('origin' as const), ms: fc.integer({ min: -120, max: 82 * 60 }).map((m) => m * MINUTE) }),
      fc.record({ from: fc.constant('start' as const), ms: fc.tuple(fc.integer({ min: -1, max: 81 }), fc.constantFrom(-1, 0)).map(([h, e]) => h * HOUR + e) }),
      fc.record({ from: fc.constant('end' as const), ms: fc.constantFrom(-1, 0, 1) }),
    );
    const rows = fc.array(fc.record({
      type: fc.constantFrom(...TYPES),
      when,
      lasts: fc.option(fc.integer({ min: 0, max: 600 }).map((m) => m * MINUTE), { nil: undefined }),
    }), { maxLength: 200 });
    fc.assert(fc.property(extent, rows, ({ offset, length }, list) => {
      const start = START + offset;
      const end = start + length;
      const origin = { origin: START, start, end };
      const incidents = list.map((r, k) => {
        const at = origin[r.when.from] + r.when.ms;
        return incident(`invented-${k}`, r.type, at, r.lasts === undefined ? undefined : at + r.lasts);
      });
      const got = activity(incidents, start, end);
      const want = expected(incidents, start, end);
      expect(Array.from(got.counts)).toEqual(want.counts);
      expect(got.max).toBe(want.max);
      expect(markKeys(got)).toEqual(want.marks);
    }));
  });

  const end = START + 5 * HOUR;

  it('puts an incident on an hour boundary in the hour it begins', () => {
    const got = activity([incident('on-the-hour', 'clash', START + 2 * HOUR)], START, end);
    expect(Array.from(got.counts)).toEqual([0, 0, 1, 0, 0]);
    expect(got.marks).toEqual([{ layer: 'clash', hour: 2 }]);
  });

  it('counts an incident at the very start in the first hour, and none a moment before', () => {
    const got = activity([incident('at-start', 'talks', START), incident('before', 'talks', START - 1)], START, end);
    expect(Array.from(got.counts)).toEqual([1, 0, 0, 0, 0]);
    expect(got.marks).toEqual([{ layer: 'talks', hour: 0 }]);
  });

  it('counts an incident at the very end in the last hour, and none a moment after', () => {
    const got = activity([incident('at-end', 'mortar', end), incident('after', 'mortar', end + 1)], START, end);
    expect(Array.from(got.counts)).toEqual([0, 0, 0, 0, 1]);
    expect(got.marks).toEqual([{ layer: 'mortar', hour: 4 }]);
  });

  it('ends with a short hour when the extent is not a whole number of hours', () => {
    const got = activity([incident('late', 'capture', end + 20 * MINUTE)], START, end + 20 * MINUTE);
    expect(Array.from(got.counts)).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('counts an incident that runs over several hours once, in the hour it begins', () => {
    const got = activity([incident('long', 'siege', START + 1.5 * HOUR, START + 4.25 * HOUR)], START, end);
    expect(Array.from(got.counts)).toEqual([0, 1, 0, 0, 0]);
    expect(got.marks).toEqual([{ layer: 'clash', hour: 1 }]);
  });

  it('makes one mark per layer and hour however many incidents, and scales to the busiest hour', () => {
    const got = activity([
      incident('a', 'artillery', START + 10 * MINUTE), incident('b', 'mortar', START + 20 * MINUTE),
      incident('c', 'mortar', START + 30 * MINUTE), incident('d', 'arrest', START + 40 * MINUTE),
      incident('e', 'clash', START + 3 * HOUR),
    ], START, end);
    expect(Array.from(got.counts)).toEqual([4, 0, 0, 1, 0]);
    expect(got.max).toBe(4);
    expect(got.marks).toEqual([{ layer: 'mortar', hour: 0 }, { layer: 'clash', hour: 3 }, { layer: 'capture', hour: 0 }]);
  });

  it('has a scale of at least 1 when nothing happens', () => {
    const got = activity([], START, end);
    expect(Array.from(got.counts)).toEqual([0, 0, 0, 0, 0]);
    expect(got.max).toBe(1);
    expect(got.marks).toEqual([]);
  });
});
