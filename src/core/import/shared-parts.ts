// Parts of records that many records have alike (a place's location, a list of actors, the dataset's
// claim), made once and shared. Found by walking their keys through nested maps rather than by a key
// string: building and hashing four strings a row cost the importer more than sharing saved.

interface PartNode {
  next: Map<unknown, PartNode> | null;
  part: unknown;
}

const newNode = (): PartNode => ({ next: null, part: undefined });

export class SharedParts {
  private root = newNode();
  private count = 0;

  /** Up to `limit` parts are kept, then it starts afresh: a file of all-different places costs no memory. */
  constructor(private readonly limit = 50_000) {}

  /** The part made for these keys before (compared as Map keys compare), or made now by `make`. */
  part<T>(keys: readonly unknown[], make: () => T): T {
    let node = this.root;
    for (let i = 0; i < keys.length; i++) {
      node.next ??= new Map();
      let next = node.next.get(keys[i]);
      if (next === undefined) node.next.set(keys[i], (next = newNode()));
      node = next;
    }
    if (node.part === undefined) {
      if (this.count >= this.limit) {
        this.root = newNode();
        this.count = 0;
        return this.part(keys, make);
      }
      node.part = make();
      this.count++;
    }
    return node.part as T;
  }
}
