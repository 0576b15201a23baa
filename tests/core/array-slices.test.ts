// A chunk's bytes cut between the elements of its array and parsed a slice at a time give what one
// JSON.parse of the whole gives; bytes that are not one array are not cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrayCuts } from '../../src/core/array-cuts';
import { parseArraySlices } from '../../src/core/parse-array-slices';
import { runs } from '../helpers/properties';

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** Drives the parse to its end, counting its pauses. */
function parsed(text: string, every: number): { value: unknown; pauses: number } {
  const bytes = bytesOf(text);
  const steps = parseArraySlices(bytes, arrayCuts(bytes, { every }));
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

describe('a JSON array cut between its elements', () => {
  it('is cut after every n elements, never inside a string or a nested value', () => {
    const text = '[{"a":"x,]}\\"[{"},[1,[2,3]],"\\\\",4 , "é, ü"]';
    // The cuts: the opening bracket, the commas after the 2nd and 4th elements, the closing bracket.
    const cuts = Array.from(arrayCuts(bytesOf(text), { every: 2 }));
    expect(cuts).toHaveLength(4);
    expect(cuts.map((at) => String.fromCharCode(bytesOf(text)[at] as number))).toEqual(['[', ',', ',', ']']);
    expect(parsed(text, 2)).toEqual({ value: JSON.parse(text), pauses: 3 });
    expect(parsed(text, 1).value).toEqual(JSON.parse(text));
    expect(parsed(text, 100)).toEqual({ value: JSON.parse(text), pauses: 1 });
  });

  it('parses an empty array, and one with white space and a byte order mark around it', () => {
    expect(parsed('[]', 3).value).toEqual([]);
    expect(parsed('\uFEFF \n[ 1 ,\t2 ]\r\n', 1).value).toEqual([1, 2]);
  });

  it('is not cut when the bytes are not one array', () => {
    for (const text of ['{"a":[1,2]}', '"[1,2]"', '[1,2] [3]', '[1,2] x', '[1,[2', '[1,2]]', '']) {
      expect(Array.from(arrayCuts(bytesOf(text), { every: 1 })), text).toEqual([]);
    }
  });

  it('gives undefined for a slice that is not JSON, as the whole would not parse either', () => {
    expect(parsed('[1,{"a":tru},3]', 1).value).toBeUndefined();
  });

  it('gives what JSON.parse gives, for any array of JSON values, however it is laid out', () => {
    fc.assert(fc.property(fc.array(fc.jsonValue()), fc.integer({ min: 1, max: 5 }), fc.boolean(), (values, every, spaced) => {
      const text = JSON.stringify(values, null, spaced ? 2 : undefined);
      expect(parsed(text, every).value).toEqual(JSON.parse(text));
    }), { numRuns: runs(200) });
  });
});
