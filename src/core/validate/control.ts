// The control file: who held each area at the start, then dated changes that each start from the
// controller in force just before them.
import { ControlChange as ControlChangeSchema, InitialControl as InitialControlSchema } from '../schema';
import { acceptEach, showValue, uniqueById } from '../records';
import type { ControlChange, ControlFile, InitialControl, Problem } from '../types';
import { sortedByTime } from '../sorted-by-time';
import { withCheckedClaims } from './control-claims';
import { allKnown, inExtent, known, type Accepted, type Where } from './references';

type Context = Pick<Accepted, 'problems' | 'extent' | 'sourceIds' | 'actorIds' | 'siteIds'>;

/** The accepted initial controllers and changes. */
export function validateControl(file: string, json: unknown, ctx: Context): ControlFile {
  const { problems } = ctx;
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json);
  // undefined: the file could not be read, which is already reported.
  if (json !== undefined && !isObject) {
    problems.push({ file, value: showValue(json), message: 'must be an object with "initial" and "changes" arrays' });
  }
  const obj = isObject ? (json as Record<string, unknown>) : undefined;
  const { initial, controllerAtStart } = initialControl(file, obj ? controlList(obj, 'initial', file, problems) : [], ctx);
  const parsed = uniqueById(file, acceptEach(file, obj ? controlList(obj, 'changes', file, problems) : [], ControlChangeSchema, problems), problems)
    // Object literals, not one `where` spread into each check: spreading is slow at thousands of records.
    .filter((c) => known({ file, record: c.id, problems, field: 'site', id: c.site, ids: ctx.siteIds, what: 'site' })
      && known({ file, record: c.id, problems, field: 'from', id: c.from, ids: ctx.actorIds, what: 'actor' })
      && known({ file, record: c.id, problems, field: 'to', id: c.to, ids: ctx.actorIds, what: 'actor' })
      && allKnown({ file, record: c.id, problems, field: 'sources', list: c.sources, ids: ctx.sourceIds, what: 'source' })
      && inExtent({ file, record: c.id, problems, field: 'at', iso: c.at, extent: ctx.extent }))
    .map((c) => withCheckedClaims(c, { where: { file, record: c.id, problems }, controller: c.to, at: c.at, ctx }));
  return { initial, changes: inSequence({ file, problems, changes: parsed, controllerAtStart }) };
}

/** The initial records whose references are known, one per area. */
function initialControl(file: string, list: unknown[], ctx: Context): { initial: InitialControl[]; controllerAtStart: Map<string, string> } {
  const { problems } = ctx;
  const initial: InitialControl[] = [];
  const controllerAtStart = new Map<string, string>();
  for (const rec of acceptEach(file, list, InitialControlSchema, problems)) {
    const where: Where = { file, record: `initial:${rec.site}`, problems };
    const ok = known({ ...where, field: 'site', id: rec.site, ids: ctx.siteIds, what: 'site' })
      && known({ ...where, field: 'controller', id: rec.controller, ids: ctx.actorIds, what: 'actor' })
      && allKnown({ ...where, field: 'sources', list: rec.sources, ids: ctx.sourceIds, what: 'source' });
    if (!ok) continue;
    if (controllerAtStart.has(rec.site)) {
      problems.push({ file, record: where.record, field: 'site', value: showValue(rec.site), message: 'has a second initial controller' });
      continue;
    }
    controllerAtStart.set(rec.site, rec.controller);
    initial.push(withCheckedClaims(rec, { where, controller: rec.controller, ctx }));
  }
  return { initial, controllerAtStart };
}

interface Sequence {
  file: string;
  problems: Problem[];
  /** Changes whose own fields and references are valid, in any order. */
  changes: readonly ControlChange[];
  controllerAtStart: ReadonlyMap<string, string>;
}

/** Each change must start from the controller in force just before it. */
function inSequence({ file, problems, changes: parsed, controllerAtStart }: Sequence): ControlChange[] {
  const changes: ControlChange[] = [];
  const current = new Map(controllerAtStart);
  for (const c of sortedByTime(parsed, { time: (c) => Date.parse(c.at) })) {
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
  return changes;
}

/** One of the control file's two lists: both are required, so that a misspelt key does not empty it silently. */
function controlList(obj: Record<string, unknown>, part: 'initial' | 'changes', file: string, problems: Problem[]): unknown[] {
  const list = obj[part];
  if (Array.isArray(list)) return list;
  const message = list === undefined ? 'is required (expected an array of records)' : 'must be a JSON array of records';
  problems.push({ file, field: part, value: showValue(list), message });
  return [];
}
