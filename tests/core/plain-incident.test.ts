// The fast incident check against the schema: it passes a record only when valibot accepts it and
// returns it unchanged, so that skipping valibot for it changes nothing the loader gives or says.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { Incident } from '../../src/core/schema';
import { isPlainIncident } from '../../src/core/validate/plain-incident';
import { runs } from '../helpers/properties';

/** Invented incidents, between them using every field the schema knows. */
const BASES: Record<string, unknown>[] = [
  {
    id: 'invented-1', type: 'clash', title: 'A made-up clash', summary: 'Nothing here happened.', start: '2020-01-02T10:00+03:00',
    time_precision: 'minute', location: { site: 'area-1' }, actors: ['actor-a'], casualties: [], confidence: 'low', sources: ['s1'],
  },
  {
    id: 'invented_2', type: 'mortar', title: 'Invented shelling', summary: 'Made up for a test.', start: '2020-01-02T10:00:30.5Z',
    end: '2020-01-02T12:00Z', time_precision: 'part_of_day', part_of_day: 'morning', time_note: 'Some time that morning.',
    location: { point: [41.2, 37.05, 450], precision_m: 250, note: 'Roughly here.' }, origin: { site: 'area-2', point: [-180, 90] },
    actors: ['actor-a', 'actor-b'],
    casualties: [
      { claimant: 'Nobody', source: 's1', side: 'civilian', group: 'Passers-by', kind: 'wounded', count: 3, count_max: 5, qualifier: 'about', note: 'Invented.' },
      { claimant: 'Nobody else', source: 's2', side: 'other', kind: 'killed', count: 0, qualifier: 'exact' },
    ],
    confidence: 'medium', sources: ['s1', 's2'],
  },
  {
    id: 'TST1001', type: 'armed-clash', title: 'An invented imported clash', summary: 'Invented, as a codebook would give it.',
    start: '2016-04-15T00:00:00+00:00', end: '2016-04-30T00:00:00+00:00', time_precision: 'month', time_note: 'Known to the month.',
    location: { site: 'testville', scope: 'province', note: 'North Testland' }, actors: [],
    casualties: [{ claimant: 'UCDP GED', source: 's1', side: 'unattributed', kind: 'killed', count: 7, low: 8, high: 12, qualifier: 'about' }],
    confidence: 'medium', sources: ['s1'],
    original: { dataset: 'UCDP GED', fields: { type_of_violence: '1', where_prec: '4', best: '7' } },
  },
];

/** Every path to a value inside a record (object keys and array positions). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

type Change = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };

/** The record with one change at `path` (a copy; the base stays as it is). */
function changed(base: unknown, path: (string | number)[], change: Change): unknown {
  const copy = structuredClone(base);
  if (path.length === 0) return change.kind === 'set' ? change.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (change.kind === 'set') parent[last] = change.value;
  else if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[change.key] = change.value;
    else if (Array.isArray(target)) target.push(change.value);
  }
  return copy;
}

/** Values that sit at the edges of what the schema takes. */
const edgy = fc.constantFrom<unknown>(
  '', ' ', ' padded ', 'padded ', 'Upper-Case', 'a b', 'ok', '2020-01-02T10:00+03:00', '2020-02-30T10:00Z', '2020-01-02T10:00',
  '2020-13-02T10:00Z', '2020-01-02T24:00Z', 'clash', 'hour', 'night', 'high', 'civilian', 'killed', 'more_than',
  'week', 'year', 'region', 'country', 'TST-1', 'SYR 1', 'Upper_Key', 'a_b', '_a', 'constructor', 'prototype',
  0, -0, -1, 1.5, 2, 180, 180.5, -180, -180.5, -90.5, 90, 90.5, 100_000, 100_001, Number.MAX_VALUE, null, true, false,
  [], [1], [41, 37], [41, 37, 1, 2], ['actor-a'], [''], {}, { site: 'area-1' }, { point: [0, 0] }, { note: 'x' },
);
const anyValue = fc.oneof(edgy, fc.jsonValue({ maxDepth: 2 }));
const change: fc.Arbitrary<Change> = fc.oneof(
  anyValue.map((value) => ({ kind: 'set' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ key: fc.constantFrom('extra', 'note', 'end', '__proto__', 'site', 'point', 'constructor', 'prototype'), value: anyValue }).map((a) => ({ kind: 'add' as const, ...a })),
);
/** A value like the one at a path: a number moved over a bound, a string padded or emptied. */
function near(current: unknown): fc.Arbitrary<unknown> {
  if (typeof current === 'number') {
    return fc.constantFrom(-1, -0.5, 0.5, 1, 90, 180).chain((d) => fc.constantFrom(current + d, current - d, -current, d, -d, 100_000 + d));
  }
  if (typeof current === 'string') return fc.constantFrom(` ${current}`, `${current} `, '', current.toUpperCase(), `${current}x`, current.slice(1));
  return anyValue;
}

const changedIncident = fc.record({ base: fc.constantFrom(...BASES), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) })
  .chain(({ base, picks }) => picks.reduce<fc.Arbitrary<unknown>>((record, pick) => record.chain((r) => {
    const all = paths(r);
    const path = all[pick % all.length] ?? [];
    const current = path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], r);
    const c = fc.oneof(change, near(current).map((value) => ({ kind: 'set' as const, value })));
    return c.map((ch) => changed(r, path, ch));
  }), fc.constant<unknown>(base)));

/** What valibot says: the record it accepts (its own copy), or null. */
function schemaOutput(x: unknown): unknown {
  const result = v.safeParse(Incident, x);
  return result.success ? result.output : null;
}

describe('isPlainIncident', () => {
  it('passes the invented incidents, which the schema accepts unchanged', () => {
    for (const base of BASES) {
      expect(schemaOutput(base)).toEqual(base);
      expect(isPlainIncident(base)).toBe(true);
    }
  });

  // A few thousand records through valibot: room for a busy machine.
  it('passes a changed incident exactly when the schema accepts it and gives it back as it was', { timeout: 30_000 }, () => {
    fc.assert(fc.property(changedIncident, (x) => {
      const output = schemaOutput(x);
      expect(isPlainIncident(x)).toBe(output !== null && deepEqualJson(output, x));
    }), { numRuns: runs(2_000) });
  });

  it('leaves to the schema a record whose fields are not in its order (valibot\'s copy reorders them)', () => {
    const { id, type, ...rest } = BASES[0] as Record<string, unknown>;
    const reordered = { type, id, ...rest };
    expect(JSON.stringify(schemaOutput(reordered))).toBe(JSON.stringify(BASES[0]));
    expect(isPlainIncident(reordered)).toBe(false);
  });

  it('leaves to the schema the text it would trim, and a key JSON gave as "__proto__"', () => {
    const base = BASES[0] as Record<string, unknown>;
    const padded = { ...base, title: ' A made-up clash ' };
    expect(schemaOutput(padded)).toEqual({ ...base, title: 'A made-up clash' });
    expect(isPlainIncident(padded)).toBe(false);
    const proto = JSON.parse(`{"__proto__": 1, ${JSON.stringify(base).slice(1)}`) as unknown;
    expect(schemaOutput(proto)).toBeNull();
    expect(isPlainIncident(proto)).toBe(false);
  });
});

/** Equality of JSON values, keys in the same order (exports write them so), -0 and 0 apart (as valibot's copy keeps them). */
function deepEqualJson(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => kb[i] === k && deepEqualJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
