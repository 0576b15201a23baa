// The manifest's vocabulary: unique ids, and every declared type in a layer the dataset has.
import { showValue } from '../records';
import type { Manifest, Problem } from '../types';
import { vocabularyOf } from '../vocabulary';

/** Layer ids the map uses for itself: an incident layer of the same id would clash in links. */
const RESERVED_LAYERS = new Set(['control', 'sites']);

/** Problems with the manifest's sides, incident types and layers (none when it declares none). */
export function vocabularyProblems(m: Manifest, file: string): Problem[] {
  const problems: Problem[] = [];
  const once = (list: readonly { id: string }[] | undefined, key: string) => list?.forEach((entry, i) => {
    if (list.findIndex((x) => x.id === entry.id) !== i) {
      problems.push({ file, record: entry.id, field: `${key}.${i}.id`, value: showValue(entry.id), message: `is declared twice in ${key}` });
    }
  });
  once(m.sides, 'sides');
  once(m.incident_types, 'incident_types');
  once(m.incident_layers, 'incident_layers');
  m.incident_layers?.forEach((l, i) => {
    if (RESERVED_LAYERS.has(l.id)) {
      problems.push({ file, record: l.id, field: `incident_layers.${i}.id`, value: showValue(l.id), message: 'is a layer the map has of its own (control, sites): choose another id' });
    }
  });
  const vocabulary = vocabularyOf(m);
  m.incident_types?.forEach((t, i) => {
    if (!vocabulary.layerById.has(t.layer)) {
      problems.push({
        file, record: t.id, field: `incident_types.${i}.layer`, value: showValue(t.layer),
        message: `names a layer the manifest does not declare (incident_layers: ${vocabulary.layers.map((l) => l.id).join(', ')})`,
      });
    }
  });
  return problems;
}
