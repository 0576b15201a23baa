// An importer's shared parts: one part per set of keys, made once; a full store starts afresh.
import { describe, expect, it } from 'vitest';
import { SharedParts } from '../../src/core/import/shared-parts';

describe('SharedParts', () => {
  it('gives the part made for the same keys, and makes another for other keys', () => {
    const parts = new SharedParts();
    let made = 0;
    const make = () => ({ n: ++made });
    const first = parts.part(['town', 5000, undefined, 'Region'], make);
    expect(parts.part([NaN], make)).toBe(parts.part([NaN], make));
    expect(parts.part([0], make)).toBe(parts.part([-0], make));
    expect(parts.part(['town', 5000, undefined, 'Region'], make)).toBe(first);
    // Keys compare as Map keys do: a number is not its text, undefined is not missing, a prefix is not the whole.
    expect(parts.part(['town', '5000', undefined, 'Region'], make)).not.toBe(first);
    expect(parts.part(['town', 5000, null, 'Region'], make)).not.toBe(first);
    expect(parts.part(['town', 5000, undefined], make)).not.toBe(first);
    expect(made).toBe(6);
  });

  it('reads only the first `length` keys of a list the caller fills anew, and gives make the same', () => {
    const parts = new SharedParts<string[]>();
    const scratch = ['a', 'b', 'stale'];
    const copy = (keys: readonly string[], length: number) => keys.slice(0, length);
    const ab = parts.part(scratch, copy, 2);
    expect(ab).toEqual(['a', 'b']);
    scratch[1] = 'c';
    const ac = parts.part(scratch, copy, 2);
    expect(ac).toEqual(['a', 'c']);
    scratch[1] = 'b';
    scratch[2] = 'other';
    expect(parts.part(scratch, copy, 2)).toBe(ab);
    expect(parts.part(scratch, copy, 1)).toEqual(['a']);
  });

  it('starts afresh once it holds its limit of parts', () => {
    const parts = new SharedParts(2);
    const a = parts.part(['a'], () => ['a']);
    parts.part(['b'], () => ['b']);
    // A third part empties the store: "a" is made anew after it.
    const c = parts.part(['c'], () => ['c']);
    expect(parts.part(['c'], () => ['c again'])).toBe(c);
    expect(parts.part(['a'], () => ['a again'])).not.toBe(a);
  });
});
