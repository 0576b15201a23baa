// Plain records (JSON-like values: objects, arrays, strings, numbers, booleans, null, undefined) in a
// compact form for crossing from a worker to the page: each distinct string once, each set of keys
// once, and the structure as a list of 32-bit words that is moved, not copied. Structured cloning
// writes every string and every key of every record anew and builds each anew on the other side: a
// CSV export's 100,000 incidents took 180 MB of it, and the page about a second to take them in.
// Packed, a batch of 2,000 incidents is about 7,500 strings, and its strings are shared on the page.
// An object or array met twice within the records (an importer shares an incident's actors, sources
// and claims with every other that has the same) is packed once and comes back as one, as structured
// cloning keeps it: 2,000 imported incidents hold about 700 distinct locations and 40 lists of actors.

export interface PackedRecords {
  /** The records' structure: a count, then each value as a word (its kind in the low 3 bits) and what follows it. */
  words: Int32Array;
  strings: string[];
  /** Numbers that are not small whole numbers (those are in their words). */
  numbers: Float64Array;
  /** Each object's keys, in order, by the index its word gives. */
  shapes: string[][];
}

const STRING = 0;
const NUMBER = 1;
const WHOLE = 2;
const CONSTANT = 3;
const ARRAY = 4;
const OBJECT = 5;
/** An object or array already packed within a record (not a record itself): its index in the order they were first met. */
const SEEN = 6;
const CONSTANTS = [false, true, null, undefined] as const;
/** Indexes, lengths and whole numbers in a word: 28 bits after the kind's 3, so that a word stays positive. */
const LIMIT = 2 ** 28;

/**
 * Each key's strings are looked up among those packed (to be sent once) until this many have been met
 * under it; from then on, only where at least this share of them repeated one before. Ids, titles and
 * summaries are each new: looking each up cost a third of the packing, and saved nothing.
 */
const SAMPLE = 200;
const SHARED_SHARE = 0.1;

/** A set of keys as a path from the root: an object's shape is found by walking its keys, with no string made of them. */
interface ShapeNode {
  /** The key that followed here last, and where it led: records of one shape walk the same keys, so this answers most steps without the map. */
  lastKey: string | undefined;
  lastNext: ShapeNode | undefined;
  next: Map<string, ShapeNode>;
  /** Strings met under this key, how many of them repeated one met before, and whether they are still looked up (see SAMPLE). */
  strings: number;
  repeats: number;
  shared: boolean;
  index: number;
  keys: string[];
}

const newNode = (keys: string[]): ShapeNode => ({ lastKey: undefined, lastNext: undefined, next: new Map(), index: -1, keys, strings: 0, repeats: 0, shared: true });

/** Packs records; throws a TypeError naming the record for anything JSON could not write (a function, a Date, a Map). */
export function packRecords(records: readonly unknown[]): PackedRecords {
  let words = new Int32Array(1024);
  let size = 0;
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const numbers: number[] = [];
  const shapes: string[][] = [];
  const root: ShapeNode = newNode([]);
  /** Each object and array inside a record, by the order it was first met (records themselves are not looked up). */
  const seen = new Map<object, number>();

  const word = (value: number) => {
    if (size === words.length) {
      const larger = new Int32Array(words.length * 2);
      larger.set(words);
      words = larger;
    }
    words[size++] = value;
  };
  const counted = (n: number, what: string) => {
    if (n >= LIMIT) throw new RangeError(`too many ${what} to pack (${n})`);
    return n;
  };
  const putString = (value: string, under: ShapeNode | null): void => {
    if (under && !under.shared) {
      word(counted(strings.length, 'strings') << 3 | STRING);
      strings.push(value);
      return;
    }
    let index = stringIndex.get(value);
    if (index === undefined) {
      index = counted(strings.length, 'strings');
      strings.push(value);
      stringIndex.set(value, index);
    } else if (under) {
      under.repeats++;
    }
    if (under && ++under.strings === SAMPLE) under.shared = under.repeats >= SAMPLE * SHARED_SHARE;
    word(index << 3 | STRING);
  };
  /** Whether `value` was packed before (then a word says which); if not, it is counted as met. */
  const packedBefore = (value: object, nested: boolean): boolean => {
    if (!nested) return false;
    const at = seen.get(value);
    if (at !== undefined) {
      word(at << 3 | SEEN);
      return true;
    }
    seen.set(value, counted(seen.size, 'objects'));
    return false;
  };
  const put = (value: unknown, record: number, under: ShapeNode | null = null, nested = true): void => {
    switch (typeof value) {
      case 'string':
        return putString(value, under);
      case 'number':
        if (Number.isInteger(value) && value >= 0 && value < LIMIT && !Object.is(value, -0)) return word(value << 3 | WHOLE);
        word(counted(numbers.length, 'numbers') << 3 | NUMBER);
        numbers.push(value);
        return;
      case 'boolean':
        return word((value ? 1 : 0) << 3 | CONSTANT);
      case 'undefined':
        return word(3 << 3 | CONSTANT);
      case 'object': {
        if (value === null) return word(2 << 3 | CONSTANT);
        if (Array.isArray(value)) {
          if (packedBefore(value, nested)) return;
          word(counted(value.length, 'array items') << 3 | ARRAY);
          for (let i = 0; i < value.length; i++) put(value[i], record);
          return;
        }
        const prototype = Object.getPrototypeOf(value) as unknown;
        if (prototype !== Object.prototype && prototype !== null) break;
        if (packedBefore(value, nested)) return;
        // The word's place is kept: its shape is known once the keys are walked.
        const at = size;
        word(0);
        let node = root;
        for (const key in value) {
          let next = node.lastKey === key ? node.lastNext : node.next.get(key);
          if (next === undefined) node.next.set(key, (next = newNode([...node.keys, key])));
          node.lastKey = key;
          node.lastNext = next;
          node = next;
          put((value as Record<string, unknown>)[key], record, next);
        }
        if (node.index < 0) {
          node.index = counted(shapes.length, 'shapes');
          shapes.push(node.keys);
        }
        words[at] = node.index << 3 | OBJECT;
        return;
      }
    }
    const kind = typeof value === 'object' ? (value as object).constructor?.name ?? 'object' : typeof value;
    throw new TypeError(`record ${record + 1}: a ${kind} cannot be packed (only JSON-like values can)`);
  };

  word(counted(records.length, 'records'));
  for (let i = 0; i < records.length; i++) put(records[i], i, null, false);
  return { words: words.slice(0, size), strings, numbers: Float64Array.from(numbers), shapes };
}

/** What postMessage may move rather than copy. */
export function packedTransfer(packed: PackedRecords): ArrayBuffer[] {
  return [packed.words.buffer as ArrayBuffer, packed.numbers.buffer as ArrayBuffer];
}

/** The records packRecords packed, equal to them (key order, -0, NaN and undefined values kept, and what they shared shared). */
export function unpackRecords<T>({ words, strings, numbers, shapes }: PackedRecords): T[] {
  // Each shape's object is copied from one made once: V8 keeps the copies in fast mode with one hidden
  // class, where an object given twenty-odd keys one by one becomes a hash table.
  const templates = shapes.map((keys) => Object.fromEntries(keys.map((k) => [k, undefined])) as Record<string, unknown>);
  /** The objects and arrays inside records, in the order the packer first met them (SEEN words point here). */
  const met: unknown[] = [];
  let at = 0;
  const take = (nested: boolean): unknown => {
    const w = words[at++] as number;
    const n = w >>> 3;
    switch (w & 7) {
      case STRING: return strings[n];
      case WHOLE: return n;
      case NUMBER: return numbers[n];
      case CONSTANT: return CONSTANTS[n];
      case SEEN: return met[n];
      case ARRAY: {
        const items = new Array<unknown>(n);
        if (nested) met.push(items);
        for (let i = 0; i < n; i++) items[i] = take(true);
        return items;
      }
      default: {
        const keys = shapes[n] as string[];
        const object = { ...templates[n] };
        if (nested) met.push(object);
        for (let i = 0; i < keys.length; i++) object[keys[i] as string] = take(true);
        return object;
      }
    }
  };
  const count = words[at++] ?? 0;
  const records = new Array<T>(count);
  for (let i = 0; i < count; i++) records[i] = take(false) as T;
  return records;
}
