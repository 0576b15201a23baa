// The map's layers: ids are part of the link format, so they never change meaning. The incident
// layers are the dataset's own (its vocabulary); the built-in ones when it declares none.
import { DEFAULT_VOCABULARY, type Vocabulary } from './vocabulary';

/** `control`, `sites`, or one of the dataset's incident layers. */
export type LayerId = string;

/** Every layer of a dataset, in the order links and toggles list them. */
export function layerIds(vocabulary: Vocabulary): readonly LayerId[] {
  return ['control', 'sites', ...vocabulary.layers.map((l) => l.id)];
}

/** The layers of a dataset that declares no layers of its own. */
export const LAYER_IDS: readonly LayerId[] = layerIds(DEFAULT_VOCABULARY);

export function isLayerId(s: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): boolean {
  return vocabulary.layerById.has(s) || s === 'control' || s === 'sites';
}
