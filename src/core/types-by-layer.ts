// A vocabulary's incident types grouped by layer, in the order the layers are declared (the order
// within a layer kept): how pictures' legends and a range's lists order them.
import type { Vocabulary } from './vocabulary';

const grouped = new WeakMap<Vocabulary, readonly string[]>();

/** The type ids, grouped by layer (made once per vocabulary). */
export function typesByLayer(vocabulary: Vocabulary): readonly string[] {
  let hit = grouped.get(vocabulary);
  if (!hit) {
    const rank = new Map(vocabulary.layers.map((l, i) => [l.id, i]));
    const at = (layer: string) => rank.get(layer) ?? rank.size;
    hit = [...vocabulary.types].sort((a, b) => at(a.layer) - at(b.layer)).map((t) => t.id);
    grouped.set(vocabulary, hit);
  }
  return hit;
}
