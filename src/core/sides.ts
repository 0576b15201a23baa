// A dataset's sides (of actors and casualty claims): those its manifest declares, else the built-in
// ones. Apart from vocabulary.ts because only validation and the wording of claims need them, and
// both load on demand.
import type { SideEntry, Vocabulary } from './vocabulary';

/** The built-in sides (of actors and of casualty claims: `civilian` only for claims). */
export const DEFAULT_SIDES = ['kurdish', 'government', 'civilian', 'other'] as const;
export type DefaultSide = (typeof DEFAULT_SIDES)[number];

const made = new WeakMap<Vocabulary, ReadonlyMap<string, SideEntry>>();

/** The dataset's sides by id, in the order declared (made once per vocabulary). */
export function sidesOf(vocabulary: Vocabulary): ReadonlyMap<string, SideEntry> {
  let hit = made.get(vocabulary);
  if (!hit) {
    const sides: readonly SideEntry[] = vocabulary.declaredSides ?? DEFAULT_SIDES.map((id) => ({ id }));
    made.set(vocabulary, (hit = new Map(sides.map((s) => [s.id, s]))));
  }
  return hit;
}
