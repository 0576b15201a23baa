// Records packed for the page come back equal to what was packed: key order, shared strings, numbers
// of every kind and undefined values kept; anything JSON could not write is refused by record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packRecords, packedTransfer, unpackRecords } from '../../src/core/packed-records';
import { runs } from '../helpers/properties';

const roundTrip = <T>(records: T[]) => unpackRecords<T>(packRecords(records));

describe('packRecords and unpackRecords', () => {
  it('give back any JSON-like records, keys in their order', () => {
    const value = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined),
        fc.array(tie('value')),
        fc.dictionary(fc.string(), tie('value')),
      ),
    })).value;
    fc.assert(fc.property(fc.array(value), (records) => {
      const back = roundTrip(records);
      expect(back).toEqual(records);
      // toEqual reads -0 as 0 and skips keys set to undefined: the order of keys and Object.is say more.
      const keysOf = (v: unknown): unknown => (v && typeof v === 'object' ? (Array.isArray(v) ? v.map(keysOf) : Object.entries(v).map(([k, x]) => [k, keysOf(x)])) : Object.is(v, -0) ? '-0' : v);
      expect(keysOf(back)).toEqual(keysOf(records));
    }), { numRuns: runs(300) });
  });

  it('keeps -0, NaN, infinities, large and negative numbers, and keys set to undefined', () => {
    const records = [{ a: -0, b: NaN, c: Infinity, d: -Infinity, e: 2 ** 40, f: -3, g: 0.1, h: 2 ** 28 - 1, i: 2 ** 28, j: undefined }];
    const [back] = roundTrip(records);
    expect(Object.is(back?.a, -0)).toBe(true);
    expect(back).toStrictEqual(records[0]);
    expect(Object.keys(back ?? {})).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  it('writes each distinct string and each set of keys once, and moves its two arrays', () => {
    const incident = (id: string) => ({ id, type: 'attack', location: { site: 'town', note: 'Region, Country' }, sources: ['acled-export'] });
    const packed = packRecords([incident('A1'), incident('A2'), incident('A3')]);
    expect(packed.strings).toEqual(['A1', 'attack', 'town', 'Region, Country', 'acled-export', 'A2', 'A3']);
    expect(packed.shapes).toEqual([['site', 'note'], ['id', 'type', 'location', 'sources']]);
    expect(packedTransfer(packed)).toEqual([packed.words.buffer, packed.numbers.buffer]);
    // Strings are shared on the page too: one "attack", not three.
    const back = unpackRecords<ReturnType<typeof incident>>(packed);
    expect(back.map((r) => r.id)).toEqual(['A1', 'A2', 'A3']);
  });

  it('stops looking up the strings of a key whose strings are each new, and goes on sharing those that repeat', () => {
    // 1,000 records: an id each, a note that repeats rarely (every 50th record gives the same one), a type of three.
    const records = Array.from({ length: 1000 }, (_, i) => ({ id: `E${i}`, note: i % 50 === 0 ? 'repeated note' : `note ${i}`, type: ['attack', 'protest', 'riot'][i % 3] }));
    const packed = packRecords(records);
    // The three types once each; every id once; the repeated note met again after the first 200 records is written again.
    const count = (s: string) => packed.strings.filter((x) => x === s).length;
    expect(count('attack') + count('protest') + count('riot')).toBe(3);
    expect(new Set(packed.strings.filter((s) => s.startsWith('E'))).size).toBe(1000);
    expect(count('repeated note')).toBeGreaterThan(1);
    expect(unpackRecords(packed)).toEqual(records);
  });

  it('packs an object or array met twice once, and gives it back as one, as structured cloning does', () => {
    // A pool of parts, each record holding some of them: the records come back equal, sharing as they did.
    const part = fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())), fc.array(fc.string()));
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), fc.array(fc.array(fc.nat(), { maxLength: 4 }), { maxLength: 20 }), (pool, picks) => {
      const records = picks.map((p) => ({ parts: p.map((i) => pool[i % pool.length]), first: pool[(p[0] ?? 0) % pool.length] }));
      const back = roundTrip(records);
      expect(back).toEqual(records);
      const identities = (rs: typeof records) => {
        const ids = new Map<unknown, number>();
        return rs.map((r) => [...r.parts, r.first].map((x) => ids.get(x) ?? (ids.set(x, ids.size), ids.size - 1)));
      };
      expect(identities(back)).toEqual(identities(records));
    }), { numRuns: runs(200) });
    const location = { site: 'town', precision_m: 5000 };
    const actors = ['a', 'b'];
    const shared = packRecords([{ id: 'A1', location, actors }, { id: 'A2', location, actors }]);
    const copies = packRecords([{ id: 'A1', location, actors }, { id: 'A2', location: { ...location }, actors: [...actors] }]);
    // The second record's location and actors are one word each, not three (a kind and two values).
    expect(copies.words.length - shared.words.length).toBe(4);
    const [a, b] = unpackRecords<{ location: object; actors: string[] }>(shared);
    expect(a?.location).toBe(b?.location);
    expect(a?.actors).toBe(b?.actors);
  });

  it('keeps an own "__proto__" key as a key, not a prototype', () => {
    const record = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const [back] = roundTrip([record]);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back ?? {})).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses, naming the record, what JSON could not write', () => {
    expect(() => packRecords([{ a: 1 }, { when: new Date(0) }])).toThrow('record 2: a Date cannot be packed');
    expect(() => packRecords([{ a: new Map() }])).toThrow('record 1: a Map cannot be packed');
    expect(() => packRecords([() => 1])).toThrow('record 1: a function cannot be packed');
    expect(() => packRecords([1n])).toThrow('record 1: a bigint cannot be packed');
  });

  it('packs no records as a count of none', () => {
    expect(roundTrip([])).toEqual([]);
  });
});
