// A reading of a cell remembered by its text: a codebook's cells repeat a few dozen values (types,
// actor types) over 100,000 rows, and normalising each anew cost a tenth of the import.

/** `read`, remembering up to `limit` texts (then it starts afresh: a file of all-different values costs no memory). */
export function memoized<T>(read: (text: string) => T, { limit = 1_000 }: { limit?: number } = {}): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = read(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}
