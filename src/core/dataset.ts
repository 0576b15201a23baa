// Loads a dataset (a manifest and the files it names) and validates it into accepted records + problems.
import * as v from 'valibot';
import { booleanClockwise } from '@turf/turf';
import * as S from './schema';
import { isBundle, readBundle } from './bundle';
import { acceptEach, issuesToProblems, shortened, showValue, uniqueById } from './records';
import type {
  BasemapFeature, ControlChange, ControlFile, Dataset, Incident, InitialControl, Manifest,
  Position, Problem, Site, StoryStep,
} from './types';

export type FileKey = keyof Manifest['files'];

/** Reads a file's text by its path; a browser passes fetch, Node passes fs. */
export type ReadText = (path: string) => Promise<string>;

export interface LoadResult {
  dataset: Dataset | null;
  problems: Problem[];
}

/** Resolves a path named in a manifest against the manifest's own location. */
export function resolvePath(manifestPath: string, relative: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(relative) || relative.startsWith('/')) return relative;
  const slash = manifestPath.lastIndexOf('/');
  return slash < 0 ? relative : manifestPath.slice(0, slash + 1) + relative;
}

/** Reading progress: files read so far out of all the dataset's files. */
export type LoadProgress = (done: number, total: number, file: string) => void;

/**
 * Fetches and validates a whole dataset from its manifest, or from a single-file bundle; never
 * throws for bad input.
 */
export async function loadDataset(manifestPath: string, readText: ReadText, onProgress?: LoadProgress): Promise<LoadResult> {
  const problems: Problem[] = [];
  const manifestName = manifestPath.slice(manifestPath.lastIndexOf('/') + 1);
  const manifestJson = await readJson(manifestPath, manifestName, readText, problems);
  if (manifestJson === undefined) return { dataset: null, problems };
  if (isBundle(manifestJson)) return readBundle(manifestJson, manifestName);
  const manifest = validateManifest(manifestJson, manifestName, problems);
  if (!manifest) return { dataset: null, problems };

  const entries = (Object.entries(manifest.files) as [FileKey, string | undefined][]).filter((e): e is [FileKey, string] => e[1] !== undefined);
  const raw: Partial<Record<FileKey, unknown>> = {};
  let done = 0;
  onProgress?.(0, entries.length, manifestName);
  await Promise.all(entries.map(async ([key, name]) => {
    raw[key] = await readJson(resolvePath(manifestPath, name), name, readText, problems);
    onProgress?.(++done, entries.length, name);
  }));
  return validateDataset(manifest, raw, problems);
}

async function readJson(path: string, name: string, readText: ReadText, problems: Problem[]): Promise<unknown> {
  let text: string;
  try {
    text = await readText(path);
  } catch (err) {
    problems.push({ file: name, message: `could not be read: ${errorText(err)}` });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    problems.push({ file: name, message: `is not valid JSON: ${errorText(err)}` });
    return undefined;
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Validates the manifest; returns null (with problems) when it cannot be used. */
export function validateManifest(json: unknown, file: string, problems: Problem[]): Manifest | null {
  const result = v.safeParse(S.Manifest, json);
  if (!result.success) {
    problems.push(...issuesToProblems(file, undefined, result.issues));
    return null;
  }
  const m = result.output;
  if (Date.parse(m.extent.end) <= Date.parse(m.extent.start)) {
    problems.push({ file, field: 'extent.end', value: showValue(m.extent.end), message: 'must be after extent.start' });
    return null;
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: m.timezone });
  } catch {
    problems.push({ file, field: 'timezone', value: showValue(m.timezone), message: 'is not a known IANA time zone' });
    return null;
  }
  return m;
}

/** Validates already-parsed files against the schema and against each other. */
export function validateDataset(manifest: Manifest, raw: Partial<Record<FileKey, unknown>>, problems: Problem[] = []): LoadResult {
  const f = manifest.files;
  const start = Date.parse(manifest.extent.start);
  const end = Date.parse(manifest.extent.end);
  const ctx = { start, end, problems };

  const sources = uniqueById(f.sources, acceptEach(f.sources, listOf(raw.sources, f.sources, problems), S.Source, problems), problems);
  const sourceIds = new Set(sources.map((s) => s.id));
  const actors = withSources(f.actors, uniqueById(f.actors, acceptEach(f.actors, listOf(raw.actors, f.actors, problems), S.Actor, problems), problems), sourceIds, problems);
  const actorIds = new Set(actors.map((a) => a.id));

  const sites = withSources(f.sites, uniqueById(f.sites, acceptEach(f.sites, featuresOf(raw.sites, f.sites, problems), S.Site, problems), problems), sourceIds, problems)
    .map((s) => rewound(f.sites, s, problems));
  const siteIds = new Set(sites.map((s) => s.id));

  const basemap = f.basemap === undefined ? [] : uniqueById(f.basemap,
    acceptEach(f.basemap, featuresOf(raw.basemap, f.basemap, problems), S.BasemapFeature, problems), problems)
    .map((b) => rewound(f.basemap ?? '', b, problems));

  const control = validateControl(f.control, raw.control, { ...ctx, sourceIds, actorIds, siteIds });
  const incidents = validateIncidents(f.incidents, raw.incidents, { ...ctx, sourceIds, actorIds, siteIds });
  const incidentIds = new Set(incidents.map((i) => i.id));
  const story = f.story === undefined ? [] : validateStory(f.story, raw.story, { ...ctx, sourceIds, incidentIds });

  const dataset: Dataset = { manifest, sources, actors, sites, basemap, control, incidents, story, start, end };
  // Records are named by their ids wherever a problem is found: cut them once here, like values.
  for (const p of problems) if (p.record !== undefined) p.record = shortened(p.record);
  return { dataset, problems };
}

interface RefContext {
  start: number;
  end: number;
  problems: Problem[];
  sourceIds: Set<string>;
  actorIds: Set<string>;
  siteIds: Set<string>;
}

function listOf(json: unknown, file: string, problems: Problem[]): unknown[] {
  if (json === undefined) return [];
  if (Array.isArray(json)) return json;
  problems.push({ file, value: showValue(json), message: 'must be a JSON array of records' });
  return [];
}

function featuresOf(json: unknown, file: string, problems: Problem[]): unknown[] {
  if (json === undefined) return [];
  const fc = json as { type?: unknown; features?: unknown };
  if (fc && typeof fc === 'object' && fc.type === 'FeatureCollection' && Array.isArray(fc.features)) return fc.features;
  problems.push({ file, field: 'type', value: showValue(fc?.type), message: 'must be a GeoJSON FeatureCollection with a features array' });
  return [];
}

/** Keeps records whose every source id exists; reports each unknown one. */
function withSources<T extends { id: string; sources?: string[] | undefined } | Site>(
  file: string, records: T[], sourceIds: Set<string>, problems: Problem[],
): T[] {
  return records.filter((r) => {
    const ids = 'properties' in r ? r.properties.sources : (r as { sources?: string[] }).sources ?? [];
    const field = 'properties' in r ? 'properties.sources' : 'sources';
    return ids.every((id, i) => known(sourceIds, id, file, r.id, `${field}.${i}`, 'source', problems));
  });
}

function known(ids: Set<string>, id: string, file: string, record: string, field: string, what: string, problems: Problem[]): boolean {
  if (ids.has(id)) return true;
  problems.push({ file, record, field, value: showValue(id), message: `names an unknown ${what} (or one rejected for its own problems)` });
  return false;
}

function inExtent(ms: number, ctx: { start: number; end: number; problems: Problem[] }, file: string, record: string, field: string, iso: string): boolean {
  if (ms >= ctx.start && ms <= ctx.end) return true;
  const message = ms < ctx.start
    ? 'is before the dataset\'s start (the manifest\'s extent.start)'
    : 'is after the dataset\'s end (the manifest\'s extent.end)';
  ctx.problems.push({ file, record, field, value: showValue(iso), message });
  return false;
}

/** RFC 7946 wants exterior rings counter-clockwise and holes clockwise: warn and fix. */
function rewound<T extends Site | BasemapFeature>(file: string, feature: T, problems: Problem[]): T {
  const g = feature.geometry;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return feature;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let fixed = false;
  const out = polygons.map((rings) => rings.map((ring, i) => {
    const clockwise = booleanClockwise(ring as Position[]);
    if (clockwise === (i === 0)) {
      fixed = true;
      return [...ring].reverse();
    }
    return ring;
  }));
  if (!fixed) return feature;
  problems.push({
    file, record: feature.id, field: 'geometry.coordinates', severity: 'warning',
    message: 'ring winding is reversed (RFC 7946: exterior counter-clockwise, holes clockwise); it was rewound',
  });
  const geometry = g.type === 'Polygon' ? { ...g, coordinates: out[0] ?? [] } : { ...g, coordinates: out };
  return { ...feature, geometry } as T;
}

function validateControl(file: string, json: unknown, ctx: RefContext): ControlFile {
  const { problems } = ctx;
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json);
  // undefined: the file could not be read, which is already reported.
  if (json !== undefined && !isObject) {
    problems.push({ file, value: showValue(json), message: 'must be an object with "initial" and "changes" arrays' });
  }
  const obj = isObject ? (json as Record<string, unknown>) : undefined;
  const initialAll = acceptEach(file, obj ? controlList(obj, 'initial', file, problems) : [], S.InitialControl, problems);
  const initial: InitialControl[] = [];
  const controllerAtStart = new Map<string, string>();
  for (const rec of initialAll) {
    const name = `initial:${rec.site}`;
    const ok = known(ctx.siteIds, rec.site, file, name, 'site', 'site', problems)
      && known(ctx.actorIds, rec.controller, file, name, 'controller', 'actor', problems)
      && rec.sources.every((s, i) => known(ctx.sourceIds, s, file, name, `sources.${i}`, 'source', problems));
    if (!ok) continue;
    if (controllerAtStart.has(rec.site)) {
      problems.push({ file, record: name, field: 'site', value: showValue(rec.site), message: 'has a second initial controller' });
      continue;
    }
    controllerAtStart.set(rec.site, rec.controller);
    initial.push(rec);
  }

  const parsed = uniqueById(file, acceptEach(file, obj ? controlList(obj, 'changes', file, problems) : [], S.ControlChange, problems), problems)
    .filter((c) => known(ctx.siteIds, c.site, file, c.id, 'site', 'site', problems)
      && known(ctx.actorIds, c.from, file, c.id, 'from', 'actor', problems)
      && known(ctx.actorIds, c.to, file, c.id, 'to', 'actor', problems)
      && c.sources.every((s, i) => known(ctx.sourceIds, s, file, c.id, `sources.${i}`, 'source', problems))
      && inExtent(Date.parse(c.at), ctx, file, c.id, 'at', c.at));

  // Each change must start from the controller in force just before it.
  const changes: ControlChange[] = [];
  const current = new Map(controllerAtStart);
  for (const c of [...parsed].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    const before = current.get(c.site);
    if (before === undefined) {
      problems.push({ file, record: c.id, field: 'site', value: showValue(c.site), message: 'changes an area that has no initial controller' });
      continue;
    }
    if (before !== c.from) {
      problems.push({ file, record: c.id, field: 'from', value: showValue(c.from), message: `does not match the controller in force before it (${before})` });
      continue;
    }
    current.set(c.site, c.to);
    changes.push(c);
  }
  return { initial, changes };
}

/** One of the control file's two lists: both are required, so that a misspelt key does not empty it silently. */
function controlList(obj: Record<string, unknown>, part: 'initial' | 'changes', file: string, problems: Problem[]): unknown[] {
  const list = obj[part];
  if (Array.isArray(list)) return list;
  const message = list === undefined ? 'is required (expected an array of records)' : 'must be a JSON array of records';
  problems.push({ file, field: part, value: showValue(list), message });
  return [];
}

function validateIncidents(file: string, json: unknown, ctx: RefContext): Incident[] {
  const { problems } = ctx;
  const records = uniqueById(file, acceptEach(file, listOf(json, file, problems), S.Incident, problems), problems);
  return records.filter((r) => {
    const start = Date.parse(r.start);
    const end = r.end === undefined ? undefined : Date.parse(r.end);
    if (!inExtent(start, ctx, file, r.id, 'start', r.start)) return false;
    if (end !== undefined && r.end !== undefined) {
      if (end < start) {
        problems.push({ file, record: r.id, field: 'end', value: showValue(r.end), message: 'is before start' });
        return false;
      }
      if (!inExtent(end, ctx, file, r.id, 'end', r.end)) return false;
    }
    return (r.location.site === undefined || known(ctx.siteIds, r.location.site, file, r.id, 'location.site', 'site', problems))
      && (r.origin?.site === undefined || known(ctx.siteIds, r.origin.site, file, r.id, 'origin.site', 'site', problems))
      && r.actors.every((a, i) => known(ctx.actorIds, a, file, r.id, `actors.${i}`, 'actor', problems))
      && r.sources.every((s, i) => known(ctx.sourceIds, s, file, r.id, `sources.${i}`, 'source', problems))
      && r.casualties.every((c, i) => known(ctx.sourceIds, c.source, file, r.id, `casualties.${i}.source`, 'source', problems));
  }).sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
}

function validateStory(file: string, json: unknown, ctx: { start: number; end: number; problems: Problem[]; sourceIds: Set<string>; incidentIds: Set<string> }): StoryStep[] {
  const { problems } = ctx;
  return uniqueById(file, acceptEach(file, listOf(json, file, problems), S.StoryStep, problems), problems)
    .filter((s) => inExtent(Date.parse(s.at), ctx, file, s.id, 'at', s.at)
      && (s.incident === undefined || known(ctx.incidentIds, s.incident, file, s.id, 'incident', 'incident', problems))
      && s.sources.every((id, i) => known(ctx.sourceIds, id, file, s.id, `sources.${i}`, 'source', problems)));
}


