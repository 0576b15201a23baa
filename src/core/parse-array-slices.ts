// A JSON array parsed a slice at a time, between the cuts core/array-cuts.ts found in its bytes: a
// generator that pauses after each slice, so that whoever drives it can let the page draw between.

/** The array, as JSON.parse of the whole would give it; undefined when a slice is not JSON. */
export function* parseArraySlices(bytes: Uint8Array, cuts: Int32Array): Generator<void, unknown[] | undefined> {
  const decoder = new TextDecoder();
  const out: unknown[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const text = decoder.decode(bytes.subarray((cuts[k] as number) + 1, cuts[k + 1]));
    let part: unknown[];
    try {
      part = JSON.parse(`[${text}]`) as unknown[];
    } catch {
      return undefined;
    }
    for (const element of part) out.push(element);
    yield;
  }
  return out;
}
