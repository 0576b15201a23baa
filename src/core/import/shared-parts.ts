// Parts of records that many records have alike (a place's location, a list of actors, the dataset's
// claim), made once and shared. Found by walking their keys through nested maps rather than by a key
// string: building and hashing four strings a row cost the importer more than sharing saved. Callers
// pass the keys in a list of their own that they fill anew for each row, and `make` as a function made
// once: a list and a closure per lookup were a tenth of what an import allocated.

/**
 * A step of the walk. Its first key is held in the node itself, a map made only for a second: most
 * walks through an import's parts end in a chain of one-key nodes (each new place), and a map at each
 * step of such a chain cost more to make and to look through than the whole comparison.
 */
interface PartNode {
  firstKey: unknown;
  first: PartNode | null;
  next: Map<unknown, PartNode> | null;
  part: unknown;
}

const newNode = (): PartNode => ({ firstKey: undefined, first: null, next: null, part: undefined });

/** Keys compare as Map keys do (SameValueZero): NaN is NaN, and 0 is -0. */
const sameKey = (a: unknown, b: unknown): boolean => a === b || (a !== a && b !== b);

/** The node after `node` for `key`, made if it is not there. */
function stepTo(node: PartNode, key: unknown): PartNode {
  if (node.first === null) {
    node.firstKey = key;
    return (node.first = newNode());
  }
  if (sameKey(node.firstKey, key)) return node.first;
  node.next ??= new Map();
  let next = node.next.get(key);
  if (next === undefined) node.next.set(key, (next = newNode()));
  return next;
}

export class SharedParts<T> {
  private root = newNode();
  private count = 0;

  /** Up to `limit` parts are kept, then it starts afresh: a file of all-different places costs no memory. */
  constructor(private readonly limit = 50_000) {}

  /**
   * The part made before for the first `length` keys (compared as Map keys compare), or made now by
   * `make`, which is given the same keys and length: `keys` may be refilled after the call, so `make`
   * copies what it keeps of them.
   */
  part<K extends readonly unknown[]>(keys: K, make: (keys: K, length: number) => T, length = keys.length): T {
    let node = this.root;
    for (let i = 0; i < length; i++) node = stepTo(node, keys[i]);
    if (node.part === undefined) {
      if (this.count >= this.limit) {
        this.root = newNode();
        this.count = 0;
        return this.part(keys, make, length);
      }
      node.part = make(keys, length);
      this.count++;
    }
    return node.part as T;
  }
}
