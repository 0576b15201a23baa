// A cell's reading remembered by its text: the same answers as reading anew, an answer of undefined
// remembered too, and a bounded memory.
import { describe, expect, it } from 'vitest';
import { memoized } from '../../../src/core/import/memoized';

describe('memoized', () => {
  it('reads each text once while it remembers it, undefined answers included', () => {
    const read: string[] = [];
    const side = memoized((text) => { read.push(text); return text === 'invented' ? 'a side' : undefined; });
    expect(['invented', 'unknown', 'invented', 'unknown'].map(side)).toEqual(['a side', undefined, 'a side', undefined]);
    expect(read).toEqual(['invented', 'unknown']);
  });

  it('starts afresh past its limit, with the same answers', () => {
    const read: string[] = [];
    const upper = memoized((text) => { read.push(text); return text.toUpperCase(); }, { limit: 2 });
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    // 'c' found the memory full and cleared it: 'a' was read again.
    expect(read).toEqual(['a', 'b', 'c', 'a']);
  });
});
