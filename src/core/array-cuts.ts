// Where a JSON file's top-level array can be cut between its elements, found in its bytes (UTF-8 never
// repeats an ASCII byte inside another character): a chunk of incidents is then parsed a slice at a
// time, each slice in a task of its own, rather than in one parse long enough to cost a frame.

const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const WHITE_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * The offsets of the array's opening bracket, of the comma after every `every`th element, and of its
 * closing bracket: the slices between two cuts are runs of whole elements. Empty when the bytes are
 * not one array (the caller then parses them whole, and meets the error as it would have).
 */
export function arrayCuts(bytes: Uint8Array, { every }: { every: number }): Int32Array {
  const cuts: number[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let elements = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    // After the array's end only white space may follow.
    if (depth === 0 && cuts.length > 0 && !WHITE_SPACE.has(b)) return new Int32Array(0);
    if (inString) {
      if (escaped) escaped = false;
      else if (b === BACKSLASH) escaped = true;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if (b === OPEN_SQUARE || b === OPEN_CURLY) {
      if (depth === 0) {
        if (b !== OPEN_SQUARE) return new Int32Array(0);
        cuts.push(i);
      }
      depth++;
    } else if (b === CLOSE_SQUARE || b === CLOSE_CURLY) {
      depth--;
      if (depth === 0) cuts.push(i);
    } else if (b === COMMA && depth === 1 && ++elements % every === 0) cuts.push(i);
  }
  return depth === 0 && cuts.length >= 2 ? Int32Array.from(cuts) : new Int32Array(0);
}
