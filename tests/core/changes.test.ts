// What changed over a range: the convention at the ends, the Qamishlo record, and properties over
// generated datasets checked against independent readings (control state at a moment, plain filters).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { actorBalance } from '../../src/core/actor-balance';
import { areaChange, areaChanges, changesInOrder, type TimeRange } from '../../src/core/changes';
import { areaStateAt, buildControlIndex } from '../../src/core/control';
import { indexDataset } from '../../src/core/dataset-index';
import { buildIncidentIndex } from '../../src/core/incidents';
import { rangeOfEnds } from '../../src/core/time-range';
import { claimsOfIncidents } from '../../src/core/range-claims';
import { incidentsByType, incidentsInRange } from '../../src/core/range-incidents';
import { summarizeRange } from '../../src/core/range-summary';
import { HOUR, parseMoment } from '../../src/core/time';
import type { ControlChange, Dataset } from '../../src/core/types';
import { arbitraryDataset } from '../helpers/arbitrary-dataset';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';
import { runs } from '../helpers/properties';

const at = (iso: string) => Date.parse(iso);
const TZ = 'Asia/Damascus';
const ends = (from: string, to: string): TimeRange => rangeOfEnds(parseMoment(from, TZ)!, parseMoment(to, TZ)!, TZ);

describe('the ends a reader names', () => {
  it('reads a day as its start when first and as its whole when last', () => {
    expect(ends('2016-04-20', '2016-04-23')).toEqual({ start: at('2016-04-20T00:00:00+03:00'), end: at('2016-04-24T00:00:00+03:00') - 1 });
  });

  it('keeps a last moment inside the range, and takes offsets', () => {
    expect(ends('2016-04-20T11:00', '2016-04-22T15:30')).toEqual({ start: at('2016-04-20T11:00:00+03:00'), end: at('2016-04-22T15:30:00+03:00') });
    expect(ends('2016-04-20T08:00Z', '2016-04-22')).toMatchObject({ start: at('2016-04-20T11:00:00+03:00') });
  });

  it('gives a day across a clock change its 23 hours (Damascus went to summer time on 25 March 2016)', () => {
    const r = ends('2016-03-25', '2016-03-25');
    expect(r.end - r.start).toBe(23 * HOUR - 1);
  });
});

describe('what changed in Qamishlo', async () => {
  const dataset = await loadValid(BUILTIN);
  const index = indexDataset(dataset);
  const records = (JSON.parse(readFileSync('data/control.json', 'utf8')) as { changes: ControlChange[] }).changes;
  const captured = records.find((c) => c.id === 'allaya-prison-captured')!;

  it('lists Allaya prison\'s capture with its sources from 20 April 00:00 to the end of 23 April', () => {
    const summary = summarizeRange(dataset, index, ends('2016-04-20', '2016-04-23'));
    const prison = summary.areas.find((a) => a.site === 'allaya-prison')!;
    expect(prison.before).toMatchObject({ controller: 'government', contested: false });
    expect(prison.after).toMatchObject({ controller: 'asayish', contested: false });
    expect(prison.changedHands).toBe(true);
    expect(prison.changes.map((c) => c.id)).toEqual(['allaya-prison-besieged', 'allaya-prison-captured']);
    expect(prison.changes[1]).toEqual(captured);
    expect(prison.changes[1]?.sources).toEqual(['akhbaralaan-2016-04-21', 'rt-340542', 'ea-worldview', 'zaitonmag', 'wikipedia-battle-of-qamishli', 'buyerpress-36990']);
  });

  it('counts a change at the end inside the range, and one at the start as already in force on its first map', () => {
    const noon21 = at('2016-04-21T12:00:00+03:00');
    const upTo = areaChange(index.control, 'allaya-prison', { start: noon21 - HOUR, end: noon21 })!;
    expect(upTo.changes.map((c) => c.id)).toEqual(['allaya-prison-captured']);
    expect(upTo.before).toMatchObject({ controller: 'government', contested: true });
    expect(upTo.after).toMatchObject({ controller: 'asayish', contested: false });
    const from = areaChange(index.control, 'allaya-prison', { start: noon21, end: noon21 + HOUR })!;
    expect(from.changes).toEqual([]);
    expect(from.before).toMatchObject({ controller: 'asayish', contested: false });
    // A range "to 12:00" includes noon: the end a reader names is inside.
    expect(areaChange(index.control, 'allaya-prison', ends('2016-04-21T11:00', '2016-04-21T12:00'))!.after.controller).toBe('asayish');
  });

  it('shows who gained and who lost, measured where the shapes allow, and marked as rough as they are', () => {
    const balance = actorBalance(dataset, areaChanges(index.control, ends('2016-04-20', '2016-04-23')));
    const asayish = balance.find((b) => b.actor === 'asayish')!;
    expect(asayish.gained.sites.sort()).toEqual(['allaya-prison', 'bakery-stadium']);
    expect(asayish.gained.unmeasured).toBe(1); // the bakery is a point
    expect(asayish.gained.precision).toBe('schematic'); // the prison's outline is drawn for display (fact-check 2026-11, item 20)
    expect(asayish.gained.km2).toBeGreaterThan(0.001);
    expect(asayish.gained.km2).toBeLessThan(1);
    expect(asayish.lost.sites).toEqual([]);
    expect(balance.find((b) => b.actor === 'government')?.lost.sites).toEqual(['allaya-prison']);
    expect(balance.find((b) => b.actor === 'ndf')?.lost.sites).toEqual(['bakery-stadium']);
    expect(balance.map((b) => b.actor).sort()).toEqual(['asayish', 'government', 'ndf']);
  });

  it('groups the range\'s incidents by type and keeps casualty figures as claims per claimant', () => {
    const summary = summarizeRange(dataset, index, ends('2016-04-21', '2016-04-21'));
    expect(summary.byType.flatMap((g) => g.incidents)).toHaveLength(summary.incidents.length);
    for (const g of summary.byType) expect(g.incidents.every((i) => i.type === g.type)).toBe(true);
    expect(summary.incidents.some((i) => i.id === 'prison-capture')).toBe(true);
    const claimed = summary.incidents.flatMap((i) => i.casualties);
    expect(summary.claims.flatMap((g) => g.claims.map((c) => c.claim))).toHaveLength(claimed.length);
    expect(new Set(summary.claims.map((g) => g.claimant)).size).toBe(summary.claims.length);
    expect(summary.claims.length).toBeGreaterThan(1);
  });
});

// Times on the generated datasets' hour grid, a millisecond either side, and outside the extent.
const HOUR0 = Date.parse('2020-01-01T00:00:00+03:00');
const moment = fc.tuple(fc.integer({ min: -2, max: 98 }), fc.constantFrom(0, 0, 1, -1)).map(([h, ms]) => HOUR0 + h * HOUR + ms);
const threeMoments = fc.tuple(moment, moment, moment).map((m) => m.sort((x, y) => x - y) as [number, number, number]);

/** The changes of an area in (start, end], by a plain filter of the records (stable sort by time). */
function plainChanges(dataset: Dataset, site: string, r: TimeRange): ControlChange[] {
  return dataset.control.changes.filter((c) => c.site === site).sort((x, y) => at(x.at) - at(y.at))
    .filter((c) => at(c.at) > r.start && at(c.at) <= r.end);
}

describe('what changed (properties over generated datasets)', () => {
  it('over (a, c] is (a, b] followed by (b, c]', () => {
    fc.assert(fc.property(arbitraryDataset, threeMoments, (dataset, [a, b, c]) => {
      const index = buildControlIndex(dataset);
      for (const site of index.areas) {
        const whole = areaChange(index, site, { start: a, end: c })!;
        const first = areaChange(index, site, { start: a, end: b })!;
        const second = areaChange(index, site, { start: b, end: c })!;
        expect(whole.changes).toEqual([...first.changes, ...second.changes]);
        expect(whole.before).toBe(first.before);
        expect(whole.after).toBe(second.after);
        expect(first.after).toBe(second.before);
        expect(whole.changedHands).toBe(first.changedHands || second.changedHands);
      }
      const listed = (r: TimeRange) => new Set(areaChanges(index, r).map((x) => x.site));
      const union = new Set([...listed({ start: a, end: b }), ...listed({ start: b, end: c })]);
      expect(listed({ start: a, end: c })).toEqual(union);
    }), { numRuns: runs(150) });
  });

  it('lists the records of the range, with the states at its two ends', () => {
    fc.assert(fc.property(arbitraryDataset, threeMoments, (dataset, [a, , c]) => {
      const index = buildControlIndex(dataset);
      const range = { start: a, end: c };
      const listed = new Map(areaChanges(index, range).map((x) => [x.site, x]));
      for (const site of index.areas) {
        const expected = plainChanges(dataset, site, range);
        const before = areaStateAt(index, site, a)!;
        const after = areaStateAt(index, site, c)!;
        const change = listed.get(site);
        if (!change) {
          // An area absent from the changes is in the same state at both ends.
          expect(expected).toEqual([]);
          expect([after.controller, after.contested]).toEqual([before.controller, before.contested]);
          continue;
        }
        expect(change.changes).toEqual(expected);
        expect([change.before.controller, change.before.contested]).toEqual([before.controller, before.contested]);
        expect([change.after.controller, change.after.contested]).toEqual([after.controller, after.contested]);
        expect(change.changedHands).toBe([change.before.controller, ...expected.map((x) => x.to)].some((x, i, all) => i > 0 && x !== all[i - 1]));
      }
      const inOrder = changesInOrder([...listed.values()]).map((x) => at(x.change.at));
      expect(inOrder).toEqual([...inOrder].sort((x, y) => x - y));
    }), { numRuns: runs(150) });
  });

  it('balances gains and losses: every area one actor lost, another gained', () => {
    fc.assert(fc.property(arbitraryDataset, threeMoments, (dataset, [a, , c]) => {
      const index = buildControlIndex(dataset);
      const changes = areaChanges(index, { start: a, end: c });
      const balance = actorBalance(dataset, changes);
      const gained = balance.flatMap((x) => x.gained.sites).sort();
      const lost = balance.flatMap((x) => x.lost.sites).sort();
      expect(gained).toEqual(lost);
      expect(new Set(gained).size).toBe(gained.length);
      expect(gained).toEqual(changes.filter((x) => x.before.controller !== x.after.controller).map((x) => x.site).sort());
      const km2 = (k: 'gained' | 'lost') => balance.reduce((s, x) => s + x[k].km2, 0);
      expect(km2('gained')).toBeCloseTo(km2('lost'), 9);
      for (const x of balance) {
        expect(x.gained.sites.filter((s) => x.lost.sites.includes(s))).toEqual([]);
        // The generated areas are squares of 0.01°, a little under a square kilometre at 37° N.
        expect(x.gained.km2).toBeCloseTo(x.gained.sites.length * 0.989, 1);
      }
    }), { numRuns: runs(150) });
  });

  it('finds every incident in force at some moment of the range, and no other', () => {
    fc.assert(fc.property(arbitraryDataset, threeMoments, (dataset, [a, , c]) => {
      const index = indexDataset(dataset);
      const found = incidentsInRange(index.incidents, { start: a, end: c }).map((i) => i.id);
      const expected = index.incidents.incidents
        .filter((i) => at(i.start) <= c && at(i.end ?? i.start) >= a)
        .map((i) => i.id);
      expect(found).toEqual(expected);
      const incidents = incidentsInRange(index.incidents, { start: a, end: c });
      expect(incidentsByType(incidents, index.vocabulary).flatMap((g) => g.incidents).map((i) => i.id).sort()).toEqual([...found].sort());
      // Claims are listed one by one, never added up.
      expect(claimsOfIncidents(incidents).flatMap((g) => g.claims.map((x) => x.claim))).toHaveLength(incidents.flatMap((i) => i.casualties).length);
    }), { numRuns: runs(150) });
  });
});

describe('incidents of a range at the edges of the time index\'s window', () => {
  const incident = (id: string, startMin: number, durMin?: number): Dataset['incidents'][number] => ({
    id, type: 'clash', title: id, summary: id, start: new Date(startMin * 60_000).toISOString(),
    ...(durMin === undefined ? {} : { end: new Date((startMin + durMin) * 60_000).toISOString() }),
    time_precision: 'minute', location: { point: [0, 0] }, actors: [], casualties: [], confidence: 'high', sources: ['s'],
  });
  // A one-hour window: "exactly as long as the window" and "one minute longer" are the two cases.
  const window = buildIncidentIndex([incident('as-long', 0, 60), incident('longer', 0, 61), incident('short-before', 0, 30), incident('at-end', 180)], HOUR);

  it('keeps an incident that ends exactly at the start, however long it is', () => {
    const ids = incidentsInRange(window, { start: 60 * 60_000, end: 179 * 60_000 }).map((i) => i.id);
    expect(ids).toEqual(['as-long', 'longer']);
  });

  it('keeps an incident that begins exactly at the end, and leaves it out a moment earlier', () => {
    expect(incidentsInRange(window, { start: 61 * 60_000, end: 180 * 60_000 }).map((i) => i.id)).toEqual(['longer', 'at-end']);
    expect(incidentsInRange(window, { start: 61 * 60_000, end: 180 * 60_000 - 1 }).map((i) => i.id)).toEqual(['longer']);
  });
});
