// Which records a raw dataset holds, the names a problem may give each, and which records depend on
// which (so that a test knows which records a mutation may take down with it).
import type { FileKey } from '../../src/core/dataset';
import { recordName, shortened } from '../../src/core/records';
import type { Dataset } from '../../src/core/types';

export const FILE_KEYS: FileKey[] = ['sources', 'actors', 'sites', 'basemap', 'control', 'incidents', 'story', 'changelog'];

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isFeatureCollection = (x: unknown): x is { features: unknown[] } =>
  isObject(x) && x.type === 'FeatureCollection' && Array.isArray(x.features);

/** The lists of records in a file's parsed content (control has two); none when its shape is wrong. */
export function recordLists(key: FileKey, content: unknown): { part?: 'initial' | 'changes'; list: unknown[] }[] {
  if (key === 'sites' || key === 'basemap') return isFeatureCollection(content) ? [{ list: content.features }] : [];
  if (key === 'control') {
    if (!isObject(content)) return [];
    return (['initial', 'changes'] as const).filter((part) => Array.isArray(content[part]))
      .map((part) => ({ part, list: content[part] as unknown[] }));
  }
  return Array.isArray(content) ? [{ list: content }] : [];
}

/** A record's identity in a valid dataset: its id, or "initial:<site>" for who held an area first. */
export function identity(key: FileKey, part: string | undefined, record: unknown): string | undefined {
  if (!isObject(record)) return undefined;
  const id = key === 'control' && part === 'initial' ? record.site : record.id;
  if (typeof id !== 'string') return undefined;
  return key === 'control' && part === 'initial' ? `initial:${id}` : id;
}

export interface InputRecord {
  key: FileKey;
  /** Every name a problem may give this record. */
  names: string[];
}

/** The records a file holds as written, each with the names the loader may report it by. */
export function inputRecords(key: FileKey, content: unknown): InputRecord[] {
  return recordLists(key, content).flatMap(({ part, list }) => list.map((item, i) => {
    const names = [recordName(item, i)];
    const own = identity(key, part, item);
    if (own !== undefined) names.push(own, shortened(own)); // problems cut long names
    return { key, names };
  }));
}

/** The identities of the records a dataset accepted, by file. */
export function loadedRecords(d: Dataset): Record<FileKey, string[]> {
  return {
    sources: d.sources.map((r) => r.id), actors: d.actors.map((r) => r.id), sites: d.sites.map((r) => r.id),
    basemap: d.basemap.map((r) => r.id), control: [...d.control.initial.map((r) => `initial:${r.site}`), ...d.control.changes.map((r) => r.id)],
    incidents: d.incidents.map((r) => r.id), story: d.story.map((r) => r.id),
    changelog: d.changelog.map((r) => r.id),
  };
}

// ---- dependencies -------------------------------------------------------------------------------

/** "file|identity": one record of a dataset. */
export type Node = string;
export const node = (key: FileKey, id: string): Node => `${key}|${id}`;

const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
const field = (x: unknown, name: string): unknown => (isObject(x) ? x[name] : undefined);
const sourcesOf = (r: Json): Node[] => strings(r.sources).map((s) => node('sources', s));
const siteOf = (x: unknown): Node[] => (typeof field(x, 'site') === 'string' ? [node('sites', field(x, 'site') as string)] : []);

/** What a record needs to be accepted: the records it names. */
function needs(key: FileKey, r: Json): Node[] {
  switch (key) {
    // A changelog entry naming a missing record is only warned about: it needs nothing to load.
    case 'sources': case 'basemap': case 'changelog': return [];
    case 'actors': return sourcesOf(r);
    case 'sites': return strings(field(r.properties, 'sources')).map((s) => node('sources', s));
    case 'control': return [...siteOf(r), ...sourcesOf(r), ...[r.controller, r.from, r.to].filter((a): a is string => typeof a === 'string').map((a) => node('actors', a))];
    case 'incidents': return [
      ...siteOf(r.location), ...siteOf(r.origin), ...sourcesOf(r), ...strings(r.actors).map((a) => node('actors', a)),
      ...(Array.isArray(r.casualties) ? r.casualties : []).map((c) => field(c, 'source')).filter((s): s is string => typeof s === 'string').map((s) => node('sources', s)),
    ];
    case 'story': return [...sourcesOf(r), ...(typeof r.incident === 'string' ? [node('incidents', r.incident)] : [])];
  }
}

/** Every record of a valid dataset, with what it needs; control records of one area need each other. */
export function dependencies(files: Partial<Record<FileKey, unknown>>): Map<Node, Node[]> {
  const graph = new Map<Node, Node[]>();
  const controlBySite = new Map<string, Node[]>();
  for (const key of FILE_KEYS) {
    for (const { part, list } of recordLists(key, files[key])) {
      for (const r of list) {
        const id = identity(key, part, r);
        if (id === undefined || !isObject(r)) continue;
        graph.set(node(key, id), needs(key, r));
        if (key === 'control' && typeof r.site === 'string') controlBySite.set(r.site, [...(controlBySite.get(r.site) ?? []), node(key, id)]);
      }
    }
  }
  for (const group of controlBySite.values()) for (const n of group) graph.get(n)?.push(...group.filter((m) => m !== n));
  return graph;
}

/** The touched records and every record that needs one of them, directly or not. */
export function affected(graph: Map<Node, Node[]>, touched: Set<Node>): Set<Node> {
  const out = new Set(touched);
  for (let grew = true; grew;) {
    grew = false;
    for (const [n, deps] of graph) {
      if (!out.has(n) && deps.some((d) => out.has(d))) {
        out.add(n);
        grew = true;
      }
    }
  }
  return out;
}
