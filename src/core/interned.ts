// Values met many times, each kept once and named by its place in the list: the texts and objects
// that records sent packed share (packed-incidents.ts, packed-sites.ts).

export class Interned<T> {
  readonly list: T[] = [];
  private readonly at = new Map<T, number>();

  /** The value's place in `list`, where it is added the first time it is met. */
  indexOf(value: T): number {
    let at = this.at.get(value);
    if (at === undefined) this.at.set(value, (at = this.list.push(value) - 1));
    return at;
  }
}
