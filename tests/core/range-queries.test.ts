// What a range shows: the incidents whose time overlaps it, and the areas that changed hands inside
// it and who held them before. Each checked against a plain scan over generated data, and on the
// built-in dataset's 20–23 April.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../helpers/properties';
import { arbitraryDataset } from '../helpers/arbitrary-dataset';
import { areaStateAt, buildControlIndex } from '../../src/core/control';
import { handsChangedIn } from '../../src/core/control-range';
import { buildIncidentIndex, incidentsOverlapping } from '../../src/core/incidents';
import { HOUR } from '../../src/core/time';
import type { Incident } from '../../src/core/types';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';

const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

/** An invented incident of `dur` minutes (none: a moment) beginning at minute `start`. */
function incident(id: string, start: number, dur?: number): Incident {
  return {
    id, type: 'clash', title: id, summary: id, start: new Date(start * MINUTE).toISOString(),
    ...(dur === undefined ? {} : { end: new Date((start + dur) * MINUTE).toISOString() }),
    time_precision: 'minute', location: { point: [0, 0] }, actors: [], casualties: [], confidence: 'high', sources: ['s'],
  };
}

describe('incidents overlapping a range', () => {
  it('agrees with a plain scan: every incident with start ≤ to and end ≥ from, in start order', () => {
    const item = fc.record({ start: fc.integer({ min: 0, max: 2000 }), dur: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }) });
    fc.assert(fc.property(fc.array(item, { maxLength: 40 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: -100, max: 2100 }), fc.integer({ min: 0, max: 800 }),
      (items, windowMin, from, length) => {
        const incidents = items.map((x, i) => incident(`i${i}`, x.start, x.dur));
        const index = buildIncidentIndex(incidents, windowMin * MINUTE);
        const [a, b] = [from * MINUTE, (from + length) * MINUTE];
        const expected = index.incidents.filter((inc) => Date.parse(inc.start) <= b && Date.parse(inc.end ?? inc.start) >= a);
        expect(incidentsOverlapping(index, a, b).map((i) => i.id)).toEqual(expected.map((i) => i.id));
      }), { numRuns: runs(500) });
  });

  it('includes an incident begun before the range that runs into it, and one begun at its very end', () => {
    const index = buildIncidentIndex([incident('siege', 0, 300), incident('short', 10, 5), incident('late', 200)], 60 * MINUTE);
    expect(incidentsOverlapping(index, 100 * MINUTE, 200 * MINUTE).map((i) => i.id)).toEqual(['siege', 'late']);
    expect(incidentsOverlapping(index, 201 * MINUTE, 400 * MINUTE).map((i) => i.id)).toEqual(['siege']);
  });
});

describe('areas that changed hands inside a range', () => {
  it('agrees with a plain scan of each area\'s changes in (from, to], and names who held it at from', () => {
    fc.assert(fc.property(arbitraryDataset, fc.integer({ min: 0, max: 96 }), fc.integer({ min: 0, max: 96 }), (dataset, h1, h2) => {
      const index = buildControlIndex(dataset);
      const start = Date.parse(dataset.manifest.extent.start);
      const [from, to] = [start + Math.min(h1, h2) * HOUR, start + Math.max(h1, h2) * HOUR];
      const got = handsChangedIn(index, from, to);
      const expected = index.areas.flatMap((site) => {
        let holder = areaStateAt(index, site, from)?.controller;
        let count = 0;
        // Changes in time order; several at one moment take effect in their file order, as the index keeps them.
        const track = index.tracks.get(site);
        track?.times.forEach((t, i) => {
          const next = track.states[i + 1]?.controller;
          if (t > from && t <= to && next !== holder) count++;
          if (t > from && t <= to) holder = next;
        });
        return count > 0 ? [{ site, was: areaStateAt(index, site, from)?.controller, now: areaStateAt(index, site, to)?.controller, count }] : [];
      });
      expect(got.map((c) => ({ site: c.site, was: c.before.controller, now: c.after.controller, count: c.count }))).toEqual(expected);
    }), { numRuns: runs(200) });
  });

  it('a range with nothing inside it changes nothing, and [a, b] then [b, c] count each change once', () => {
    fc.assert(fc.property(arbitraryDataset, fc.integer({ min: 0, max: 96 }), fc.integer({ min: 0, max: 96 }), fc.integer({ min: 0, max: 96 }), (dataset, x, y, z) => {
      const index = buildControlIndex(dataset);
      const start = Date.parse(dataset.manifest.extent.start);
      const [a, b, c] = [x, y, z].sort((p, q) => p - q).map((h) => start + h * HOUR) as [number, number, number];
      expect(handsChangedIn(index, a, a)).toEqual([]);
      const total = (from: number, to: number) => handsChangedIn(index, from, to).reduce((n, h) => n + h.count, 0);
      expect(total(a, b) + total(b, c)).toBe(total(a, c));
    }), { numRuns: runs(200) });
  });

  it('marks Allaya prison, taken from the government by the Asayish, in 20–23 April (built-in dataset)', async () => {
    const dataset = await loadValid(BUILTIN);
    const index = buildControlIndex(dataset);
    const changed = handsChangedIn(index, at('2016-04-20T00:00:00+03:00'), at('2016-04-24T00:00:00+03:00') - 1);
    const prison = changed.find((c) => c.site === 'allaya-prison');
    expect(prison).toMatchObject({ before: { controller: 'government' }, after: { controller: 'asayish' }, count: 1 });
    // Allaya district was contested and secured, but never changed hands: not marked.
    expect(changed.map((c) => c.site)).not.toContain('allaya');
    // Before the capture (21 April, 12:00), the prison has not changed hands yet.
    expect(handsChangedIn(index, at('2016-04-20T00:00:00+03:00'), at('2016-04-21T11:59:00+03:00')).map((c) => c.site)).not.toContain('allaya-prison');
  });
});
