// The incidents an import builds (core/import/dataset-builder.ts), packed for the loader's worker to
// send to the page. They all have the builder's keys in the builder's order, so the keys need not be
// walked: each incident is its own texts (id, title, summary), a few words that point at texts and
// objects it shares with others (its type, day, precision, location, lists of actors and sources,
// claim), and those shared objects packed once a batch (packed-records.ts). The generic packer,
// walking every key and value, was an eighth of the worker's time in a 100k-row import. An incident of
// any other make (a key more or less, a field of another type) is refused, and the batch goes generic.
import { Interned } from './interned';
import { packedTransfer, packRecords, unpackRecords, type PackedRecords } from './packed-records';
import type { Incident } from './types';

export interface PackedIncidents {
  count: number;
  /** Per incident, WORDS words: an index into `shared` or `parts` (see the layout below), -1 for a field it lacks. */
  words: Int32Array;
  /** Each incident's own texts: its id, title and summary. */
  own: string[];
  /** Texts incidents share (type ids, days, precisions, notes, confidence, datasets), each once. */
  shared: string[];
  /** Objects incidents share (locations, lists of actors and sources, claims), each once. */
  parts: PackedRecords;
}

// The words of an incident, in this order.
const TYPE = 0;
const START = 1;
const END = 2;
const PRECISION = 3;
const NOTE = 4;
const LOCATION = 5;
const ACTORS = 6;
const CASUALTIES = 7;
const CONFIDENCE = 8;
const SOURCES = 9;
const DATASET = 10;
const WORDS = 11;

/** The builder's keys, in its order (the schema's): `end` and `time_note` only where the incident has them. */
const KEYS = ['id', 'type', 'title', 'summary', 'start', 'end', 'time_precision', 'time_note', 'location', 'actors', 'casualties', 'confidence', 'sources', 'original'] as const;

/** Whether the incident has exactly the builder's keys in its order, with texts where texts go and `original` naming only its dataset. */
function builderMade(incident: Incident): boolean {
  let k = 0;
  for (const key in incident) {
    // The optional keys an incident lacks are passed over.
    if (KEYS[k] === 'end' && key !== 'end') k++;
    if (KEYS[k] === 'time_note' && key !== 'time_note') k++;
    if (KEYS[k] !== key) return false;
    k++;
  }
  if (k !== KEYS.length) return false;
  const { id, type, title, summary, start, end, time_precision, time_note, location, confidence, original } = incident;
  // An optional key present is a text too (packed as absent, an undefined would lose its key).
  if (typeof id !== 'string' || typeof type !== 'string' || typeof title !== 'string' || typeof summary !== 'string' || typeof start !== 'string'
    || ('end' in incident && typeof end !== 'string') || typeof time_precision !== 'string' || ('time_note' in incident && typeof time_note !== 'string')
    || typeof confidence !== 'string' || typeof original !== 'object' || original === null || typeof original.dataset !== 'string') return false;
  for (const key in original) if (key !== 'dataset') return false;
  return typeof location === 'object' && location !== null && Array.isArray(incident.actors) && Array.isArray(incident.casualties) && Array.isArray(incident.sources);
}

/** Packs a batch of the builder's incidents; null when one of them is of another make (then pack them with packRecords). */
export function packIncidents(incidents: readonly Incident[]): PackedIncidents | null {
  const words = new Int32Array(incidents.length * WORDS);
  const own: string[] = [];
  const texts = new Interned<string>();
  const parts = new Interned<object>();
  // Neighbours mostly share a day, a type, lists and a claim: each word's last value answers without a map.
  const lastValue: unknown[] = new Array(WORDS).fill(undefined);
  const lastIndex = new Int32Array(WORDS);
  const indexOf = <T>(slot: number, value: T, values: Interned<T>): number => {
    if (lastValue[slot] === value) return lastIndex[slot] as number;
    const at = values.indexOf(value);
    lastValue[slot] = value;
    lastIndex[slot] = at;
    return at;
  };
  const text = (slot: number, value: string) => indexOf(slot, value, texts);
  const part = (slot: number, value: object) => indexOf(slot, value, parts);
  for (let i = 0; i < incidents.length; i++) {
    const incident = incidents[i] as Incident;
    if (!builderMade(incident)) return null;
    own.push(incident.id, incident.title, incident.summary);
    const w = i * WORDS;
    words[w + TYPE] = text(TYPE, incident.type);
    words[w + START] = text(START, incident.start);
    words[w + END] = incident.end === undefined ? -1 : text(END, incident.end);
    words[w + PRECISION] = text(PRECISION, incident.time_precision);
    words[w + NOTE] = incident.time_note === undefined ? -1 : text(NOTE, incident.time_note);
    words[w + LOCATION] = part(LOCATION, incident.location);
    words[w + ACTORS] = part(ACTORS, incident.actors);
    words[w + CASUALTIES] = part(CASUALTIES, incident.casualties);
    words[w + CONFIDENCE] = text(CONFIDENCE, incident.confidence);
    words[w + SOURCES] = part(SOURCES, incident.sources);
    words[w + DATASET] = text(DATASET, (incident.original as { dataset: string }).dataset);
  }
  return { count: incidents.length, words, own, shared: texts.list, parts: packRecords(parts.list) };
}

/** What postMessage may move rather than copy. */
export function packedIncidentsTransfer(packed: PackedIncidents): ArrayBuffer[] {
  return [packed.words.buffer as ArrayBuffer, ...packedTransfer(packed.parts)];
}

/** The incidents packIncidents packed, equal to them: the same keys in the same order, and what they shared shared. */
export function unpackIncidents({ count, words, own, shared, parts: packedParts }: PackedIncidents): Incident[] {
  const parts = unpackRecords<unknown>(packedParts);
  // Each incident is copied from a template of its keys: V8 keeps the copies in fast mode with one
  // hidden class (as unpackRecords does), where fourteen keys given one by one may not be.
  const templates = [false, true].map((hasEnd) => [false, true].map((hasNote) => template(hasEnd, hasNote)));
  const incidents = new Array<Incident>(count);
  for (let i = 0; i < count; i++) {
    const w = i * WORDS;
    const end = words[w + END] as number;
    const note = words[w + NOTE] as number;
    const incident = { ...templates[end >= 0 ? 1 : 0]![note >= 0 ? 1 : 0] } as Record<string, unknown>;
    incident.id = own[3 * i];
    incident.type = shared[words[w + TYPE] as number];
    incident.title = own[3 * i + 1];
    incident.summary = own[3 * i + 2];
    incident.start = shared[words[w + START] as number];
    if (end >= 0) incident.end = shared[end];
    incident.time_precision = shared[words[w + PRECISION] as number];
    if (note >= 0) incident.time_note = shared[note];
    incident.location = parts[words[w + LOCATION] as number];
    incident.actors = parts[words[w + ACTORS] as number];
    incident.casualties = parts[words[w + CASUALTIES] as number];
    incident.confidence = shared[words[w + CONFIDENCE] as number];
    incident.sources = parts[words[w + SOURCES] as number];
    incident.original = { dataset: shared[words[w + DATASET] as number] };
    incidents[i] = incident as Incident;
  }
  return incidents;
}

function template(hasEnd: boolean, hasNote: boolean): Record<string, undefined> {
  const keys = KEYS.filter((k) => (k !== 'end' || hasEnd) && (k !== 'time_note' || hasNote));
  return Object.fromEntries(keys.map((k) => [k, undefined])) as Record<string, undefined>;
}
