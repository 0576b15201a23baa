// A dataset's vocabulary: its sides, incident types and layers, as its manifest declares them or,
// for each list it leaves out, the built-in ones (so older datasets and links keep their meaning).
import {
  DEFAULT_LAYERS, DEFAULT_TYPE_LAYERS, type GlyphName, type MarkShape,
} from './default-vocabulary';
import type { Lang } from './names';
import type { Manifest, VocabularyName } from './types';

export interface SideEntry {
  id: string;
  /** Absent for a built-in side: the catalogues word it. */
  name?: VocabularyName;
  people?: VocabularyName;
  colour?: string;
}

export interface IncidentTypeEntry {
  id: string;
  name?: VocabularyName;
  glyph: GlyphName;
  layer: string;
}

export interface IncidentLayerEntry {
  id: string;
  name?: VocabularyName;
  label?: VocabularyName;
  colour: string;
  mark: MarkShape;
}

export interface Vocabulary {
  /** The sides the manifest declares; absent: the built-in ones (sidesOf in sides.ts gives either). */
  declaredSides: readonly SideEntry[] | undefined;
  /** In the order the manifest declares them (the app's legend); typesByLayer groups them by layer. */
  types: readonly IncidentTypeEntry[];
  layers: readonly IncidentLayerEntry[];
  typeById: ReadonlyMap<string, IncidentTypeEntry>;
  layerById: ReadonlyMap<string, IncidentLayerEntry>;
}

type Declared = Pick<Manifest, 'sides' | 'incident_types' | 'incident_layers'>;

const made = new WeakMap<Declared, Vocabulary>();

/** The vocabulary of a manifest (made once per manifest). */
export function vocabularyOf(manifest: Declared): Vocabulary {
  let hit = made.get(manifest);
  if (!hit) made.set(manifest, (hit = makeVocabulary(manifest)));
  return hit;
}

function makeVocabulary(m: Declared): Vocabulary {
  const layers: readonly IncidentLayerEntry[] = m.incident_layers ?? DEFAULT_LAYERS;
  const types: readonly IncidentTypeEntry[] = m.incident_types
    ?? Object.entries(DEFAULT_TYPE_LAYERS).map(([id, layer]) => ({ id, glyph: id as GlyphName, layer }));
  return { declaredSides: m.sides, types, layers, typeById: byId(types), layerById: byId(layers) };
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((e) => [e.id, e]));
}

/** The built-in vocabulary: what a manifest declaring nothing gets. */
export const DEFAULT_VOCABULARY: Vocabulary = makeVocabulary({});

/** A declared name in the reader's language, falling back to English; undefined for built-in entries. */
export function declaredName(name: VocabularyName | undefined, lang: Lang): string | undefined {
  return name === undefined ? undefined : name[lang] ?? name.en;
}

/** The glyph an incident type is drawn with (a plain sheet for a type the vocabulary lacks). */
export function typeGlyph(vocabulary: Vocabulary, type: string): GlyphName {
  return vocabulary.typeById.get(type)?.glyph ?? 'statement';
}

/** The layer an incident type is shown in; undefined for a type the vocabulary lacks. */
export function typeLayer(vocabulary: Vocabulary, type: string): IncidentLayerEntry | undefined {
  const id = vocabulary.typeById.get(type)?.layer;
  return id === undefined ? undefined : vocabulary.layerById.get(id);
}

/** What names a vocabulary entry: the reader's language and the catalogue's words for the built-in ids. */
export interface NameQuery {
  lang: Lang;
  /** The catalogue's names of built-in ids (en.ts, render-words.ts): used when the dataset names none. */
  builtIn: Readonly<Partial<Record<string, string>>>;
}

/** An incident type's name: the dataset's, else the catalogue's for a built-in type, else its id. */
export function typeName(vocabulary: Vocabulary, type: string, q: NameQuery): string {
  return declaredName(vocabulary.typeById.get(type)?.name, q.lang) ?? q.builtIn[type] ?? type;
}

/** A layer's name (`label`: the toggle's longer name where the dataset gives one). */
export function layerName(vocabulary: Vocabulary, layer: string, q: NameQuery & { long?: boolean }): string {
  const entry = vocabulary.layerById.get(layer);
  return declaredName(q.long ? entry?.label ?? entry?.name : entry?.name, q.lang) ?? q.builtIn[layer] ?? layer;
}

/** Types drawn as fire (a firing line, an orange uncertainty circle): those with the fire glyphs. */
export function isFire(vocabulary: Vocabulary, type: string): boolean {
  const glyph = typeGlyph(vocabulary, type);
  return glyph === 'mortar' || glyph === 'artillery';
}
