// Ids for the records an import makes (actors, sources, types) from the names a codebook gives.

/** "Military Forces of Testland (2016-)" → "military-forces-of-testland-2016"; "" for a name with no Latin letters or digits. */
export function slugOf(name: string, separator: '-' | '_' = '-'): string {
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}${separator}${word}` : word;
    if (longer.length > 60) break;
    slug = longer;
  }
  return slug;
}

/** Gives each distinct name one id, unique among all it gave (a suffix where two names make the same). */
export class IdMaker {
  private readonly byName = new Map<string, string>();
  private readonly taken: Set<string>;
  private readonly nextSuffix = new Map<string, number>();
  /** Each name's slug: one place name at thousands of points asks for it thousands of times. */
  private readonly slugs = new Map<string, string>();

  /** `fallback` names, numbered, what makes no slug (a name in Arabic script, say); `reserved` ids are never given. */
  constructor(private readonly fallback: string, reserved: readonly string[] = []) {
    this.taken = new Set(reserved);
  }

  /** The id of a name (`key`, where two things of one name must stay apart, tells them apart). */
  idFor(name: string, key = name): string {
    let id = this.byName.get(key);
    if (id === undefined) this.byName.set(key, (id = this.fresh(name)));
    return id;
  }

  /** A new id for a name, never given before: for a caller that keeps its own ids by what they name. */
  fresh(name: string): string {
    let base = this.slugs.get(name);
    if (base === undefined) this.slugs.set(name, (base = slugOf(name)));
    let id = base || `${this.fallback}-1`;
    if (this.taken.has(id)) {
      // Counting on from the last suffix a stem was given: ids are never freed, so the first free one
      // is the same, and many places of one name (a town's events at many points) cost no more each.
      const stem = base || this.fallback;
      let n = this.nextSuffix.get(stem) ?? 2;
      while (this.taken.has(`${stem}-${n}`)) n++;
      id = `${stem}-${n}`;
      this.nextSuffix.set(stem, n + 1);
    }
    this.taken.add(id);
    return id;
  }
}
