// Random damage to a valid raw dataset: to one record's fields, to a whole file's shape, or to a
// file's text. Each mutation is plain data (so fast-check can shrink and print it) and says which
// records it touched.
import fc from 'fast-check';
import type { FileKey } from '../../src/core/dataset';
import { FILE_KEYS, identity, node, recordLists, type Node } from './dataset-records';
import { MANIFEST_NAME, fileNames, textsOf, type RawDataset, type Texts } from './raw-dataset';

type Json = Record<string, unknown>;
type Path = (string | number)[];
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Stands for a value nested 20,000 arrays deep: JSON.parse reads it, JSON.stringify cannot write it. */
export const DEEP = '\u0000deep\u0000';
const DEEP_TEXT = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;

const wrongValue = fc.oneof(
  fc.constantFrom(null, 0, -1, 1e308, -0, 0.5, true, false, '', ' ', 'x', '2016-04-21', [], [1, 2], ['x'], {}, { a: 1 }, DEEP),
  fc.constant('x'.repeat(100_000)),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.jsonValue({ maxDepth: 3 }),
);
const brokenDate = fc.constantFrom(
  '2016-02-30T25:61+03:00', '2016-04-31T12:00:00+03:00', '2016-04-21T12:00', '2016-04-21', '2016-04-21T12:00:00+3', 'yesterday', '',
  '1999-01-01T00:00:00+03:00', '2099-01-01T00:00:00Z', '2016-04-21T12:00:00+99:99', '+002016-04-21T12:00:00Z', '2016-04-21T12:00:00.1234Z',
);
const badText = fc.constantFrom('', 'not json', '<html><body>404</body></html>', '{', '[', 'null,', '\uFEFF[]', '[1,]', "{'a': 1}", 'NaN');
const notAContainer = fc.constantFrom(null, 42, 'text', true, [], {}, [1, 2, 3], { type: 'FeatureCollection' }, { initial: 'x', changes: 7 }, { features: [] });

export type Mutation =
  | { kind: 'delete-field'; file: FileKey; pick: number; at: number }
  | { kind: 'wrong-type'; file: FileKey; pick: number; at: number; value: unknown }
  | { kind: 'not-an-object'; file: FileKey; pick: number; value: unknown }
  | { kind: 'break-date'; file: FileKey; pick: number; date: string }
  | { kind: 'duplicate-id'; file: FileKey; pick: number; other: number }
  | { kind: 'copy-record'; file: FileKey; pick: number }
  | { kind: 'dangling-ref'; file: FileKey; pick: number; at: number }
  | { kind: 'coordinates'; file: FileKey; pick: number; at: number; how: 'reverse' | 'truncate' | 'empty' }
  | { kind: 'unknown-field'; file: FileKey; pick: number; at: number; key: string; value: unknown }
  | { kind: 'wrong-container'; file: FileKey; value: unknown }
  | { kind: 'drop-file'; file: FileKey | 'manifest' }
  | { kind: 'not-json'; file: FileKey | 'manifest'; text: string }
  | { kind: 'truncate-json'; file: FileKey | 'manifest'; cut: number }
  | { kind: 'manifest'; at: number; value: unknown; remove: boolean };

const file = fc.constantFrom(...FILE_KEYS);
const anyFile = fc.constantFrom<FileKey | 'manifest'>(...FILE_KEYS, 'manifest');
const pick = fc.nat();

/** Mostly damage to single records, sometimes to a whole file, rarely to the manifest. */
export const arbitraryMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('delete-field' as const), file, pick, at: pick }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('wrong-type' as const), file, pick, at: pick, value: wrongValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('not-an-object' as const), file, pick, value: wrongValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('break-date' as const), file: fc.constantFrom<FileKey>('sources', 'control', 'incidents', 'story'), pick, date: brokenDate }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate-id' as const), file, pick, other: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy-record' as const), file, pick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('dangling-ref' as const), file, pick, at: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('coordinates' as const), file: fc.constantFrom<FileKey>('sites', 'basemap', 'incidents'), pick, at: pick, how: fc.constantFrom('reverse' as const, 'truncate' as const, 'empty' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('unknown-field' as const), file, pick, at: pick, key: fc.constantFrom('extra', 'summery', '__proto__', 'constructor', 'toString', ''), value: wrongValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wrong-container' as const), file, value: notAContainer }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-file' as const), file: anyFile }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('not-json' as const), file: anyFile, text: badText }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate-json' as const), file: anyFile, cut: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('manifest' as const), at: pick, value: wrongValue, remove: fc.boolean() }) },
);

/** What the mutations did: records touched, files made unreadable, whether the manifest changed. */
export interface Damage {
  touched: Set<Node>;
  /** Files whose whole content was replaced, dropped or made unreadable. */
  files: Set<FileKey | 'manifest'>;
}

// ---- finding things in a record -----------------------------------------------------------------

/** Every path inside a value (not the value itself), depth first. */
function pathsIn(value: unknown, prefix: Path = []): Path[] {
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : isObject(value) ? Object.keys(value) : [];
  return keys.flatMap((k) => [[...prefix, k], ...pathsIn((value as Json)[k as string], [...prefix, k])]);
}

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v === null || typeof v !== 'object' ? undefined : (v as Json)[k as string]), value);
}

const parentOf = (root: unknown, path: Path) => getAt(root, path.slice(0, -1)) as Json | unknown[];
const lastOf = (path: Path) => path[path.length - 1] as string | number;
const choose = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(items.length, 1)];

/** Fields that name another record, as the loader checks them. */
const REFERENCE = /^(sources\.\d+|properties\.sources\.\d+|site|controller|from|to|location\.site|origin\.site|actors\.\d+|casualties\.\d+\.source|incident)$/;
const DATE = /^(start|end|at|date)$/;
const COORDINATES = /(^|\.)(coordinates|point)(\.\d+)*$/;

// ---- applying -----------------------------------------------------------------------------------

interface Slot { list: unknown[]; index: number; part: 'initial' | 'changes' | undefined }

function slotsOf(raw: RawDataset, key: FileKey): Slot[] {
  return recordLists(key, raw.files[key]).flatMap(({ part, list }) => list.map((_, index) => ({ list, index, part })));
}

/** Applies a mutation to the parsed files (text-level ones wait for applyToTexts). */
export function applyToJson(raw: RawDataset, m: Mutation, damage: Damage): void {
  if (m.kind === 'drop-file' || m.kind === 'not-json' || m.kind === 'truncate-json') return;
  if (m.kind === 'manifest') return mutateManifest(raw, m, damage);
  if (m.kind === 'wrong-container') {
    if (!(m.file in raw.files)) return;
    raw.files[m.file] = structuredClone(m.value);
    damage.files.add(m.file);
    return;
  }
  const slot = choose(slotsOf(raw, m.file), m.pick);
  if (!slot) return;
  const record = slot.list[slot.index];
  const touch = (r: unknown) => {
    const id = identity(m.file, slot.part, r);
    if (id !== undefined) damage.touched.add(node(m.file, id));
  };
  touch(record);
  const paths = pathsIn(record);
  const dotted = (p: Path) => p.join('.');
  const setAt = (path: Path, value: unknown) => {
    const parent = parentOf(record, path);
    if (parent !== null && typeof parent === 'object') (parent as Json)[lastOf(path) as string] = value;
  };

  switch (m.kind) {
    case 'delete-field': {
      const path = choose(paths, m.at);
      if (!path) return;
      const parent = parentOf(record, path);
      if (Array.isArray(parent)) parent.splice(lastOf(path) as number, 1);
      else delete (parent as Json)[lastOf(path)];
      return;
    }
    case 'wrong-type': {
      const path = choose(paths, m.at);
      if (path) setAt(path, structuredClone(m.value));
      return;
    }
    case 'not-an-object':
      slot.list[slot.index] = structuredClone(m.value);
      return;
    case 'break-date': {
      const path = choose(paths.filter((p) => DATE.test(dotted(p))), m.pick);
      if (path) setAt(path, m.date);
      return;
    }
    case 'duplicate-id': {
      const other = choose(slot.list.filter((_, i) => i !== slot.index), m.other);
      const idField = slot.part === 'initial' ? 'site' : 'id';
      if (!isObject(record) || !isObject(other)) return;
      touch(other);
      record[idField] = other[idField];
      return;
    }
    case 'copy-record':
      slot.list.push(structuredClone(record));
      return;
    case 'dangling-ref': {
      const path = choose(paths.filter((p) => REFERENCE.test(dotted(p))), m.at);
      if (path) setAt(path, 'no-such-record');
      return;
    }
    case 'coordinates': {
      const path = choose(paths.filter((p) => COORDINATES.test(dotted(p)) && Array.isArray(getAt(record, p))), m.at);
      const coords = path && (getAt(record, path) as unknown[]);
      if (!coords) return;
      if (m.how === 'reverse') coords.reverse();
      else coords.splice(m.how === 'truncate' ? coords.length - 1 : 0);
      return;
    }
    case 'unknown-field': {
      const objects = [[], ...paths].filter((p) => isObject(getAt(record, p)));
      const path = choose(objects, m.at);
      if (!path) return;
      const target = getAt(record, path) as Json;
      Object.defineProperty(target, m.key, { value: structuredClone(m.value), enumerable: true, configurable: true, writable: true });
    }
  }
}

function mutateManifest(raw: RawDataset, m: Extract<Mutation, { kind: 'manifest' }>, damage: Damage): void {
  const path = choose(pathsIn(raw.manifest), m.at);
  if (!path) return;
  damage.files.add('manifest');
  const parent = parentOf(raw.manifest, path) as Json;
  if (m.remove) delete parent[lastOf(path)];
  else parent[lastOf(path)] = structuredClone(m.value);
}

/** Serialises values JSON.stringify cannot write: DEEP becomes a value nested 20,000 deep. */
export function withDeepValues(text: string): string {
  return text.includes(JSON.stringify(DEEP)) ? text.split(JSON.stringify(DEEP)).join(DEEP_TEXT) : text;
}

/** Applies the text-level mutations: drop a file, replace it with non-JSON, or cut it short. */
export function applyToTexts(texts: Texts, names: Partial<Record<FileKey, string>>, m: Mutation, damage: Damage): void {
  if (m.kind !== 'drop-file' && m.kind !== 'not-json' && m.kind !== 'truncate-json') return;
  const name = m.file === 'manifest' ? MANIFEST_NAME : names[m.file];
  const text = name === undefined ? undefined : texts.get(name);
  if (name === undefined || text === undefined) return;
  damage.files.add(m.file);
  if (m.kind === 'drop-file') texts.delete(name);
  else if (m.kind === 'not-json') texts.set(name, m.text);
  else texts.set(name, text.slice(0, Math.floor(m.cut * text.length)));
}

/** A copy of the dataset with every mutation applied, as file texts, and the damage done. */
export function damaged(base: RawDataset, mutations: readonly Mutation[]): { texts: Texts; damage: Damage } {
  const raw = structuredClone(base);
  const names = fileNames(base);
  const damage: Damage = { touched: new Set(), files: new Set() };
  for (const m of mutations) applyToJson(raw, m, damage);
  const texts: Texts = new Map([...textsOf(raw)].map(([name, text]) => [name, withDeepValues(text)]));
  for (const m of mutations) applyToTexts(texts, names, m, damage);
  return { texts, damage };
}
