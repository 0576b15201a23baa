// The incidents file: dated events inside the extent, naming accepted sites, actors and sources.
import { Incident as IncidentSchema } from '../schema';
import { acceptEach, showValue, uniqueById } from '../records';
import type { Incident } from '../types';
import { sortedByTime } from '../sorted-by-time';
import { sidesOf } from '../sides';
import { listOf } from './containers';
import { isPlainIncident } from './plain-incident';
import { allKnown, declared, inExtent, known, type Accepted } from './references';

/** The accepted incidents, sorted by start (then id). */
export function validateIncidents(file: string, json: unknown, ctx: Pick<Accepted, 'problems' | 'extent' | 'sourceIds' | 'actorIds' | 'siteIds' | 'vocabulary'>): Incident[] {
  const { problems } = ctx;
  const records = uniqueById(file, acceptEach(file, listOf(json, file, problems), IncidentSchema, problems, { plain: isPlainIncident }), problems);
  const { typeById } = ctx.vocabulary;
  const sideById = sidesOf(ctx.vocabulary);
  // Each check gets its own object literal: spreading one `where` into each cost seconds at 100,000.
  const accepted = records.filter((r) => {
    const start = Date.parse(r.start);
    const end = r.end === undefined ? undefined : Date.parse(r.end);
    if (!declared({ file, record: r.id, problems, field: 'type', id: r.type, entries: typeById, key: 'incident_types' })) return false;
    if (!r.casualties.every((c, i) => declared({ file, record: r.id, problems, field: `casualties.${i}.side`, id: c.side, entries: sideById, key: 'sides' }))) return false;
    if (!inExtent({ file, record: r.id, problems, field: 'start', iso: r.start, extent: ctx.extent })) return false;
    if (end !== undefined && r.end !== undefined) {
      if (end < start) {
        problems.push({ file, record: r.id, field: 'end', value: showValue(r.end), message: 'is before start' });
        return false;
      }
      if (!inExtent({ file, record: r.id, problems, field: 'end', iso: r.end, extent: ctx.extent })) return false;
    }
    return (r.location.site === undefined || known({ file, record: r.id, problems, field: 'location.site', id: r.location.site, ids: ctx.siteIds, what: 'site' }))
      && (r.origin?.site === undefined || known({ file, record: r.id, problems, field: 'origin.site', id: r.origin.site, ids: ctx.siteIds, what: 'site' }))
      && allKnown({ file, record: r.id, problems, field: 'actors', list: r.actors, ids: ctx.actorIds, what: 'actor' })
      && allKnown({ file, record: r.id, problems, field: 'sources', list: r.sources, ids: ctx.sourceIds, what: 'source' })
      && r.casualties.every((c, i) => known({ file, record: r.id, problems, field: `casualties.${i}.source`, id: c.source, ids: ctx.sourceIds, what: 'source' }));
  });
  return sortedByTime(accepted, { time: (r) => Date.parse(r.start), tie: (a, b) => a.id.localeCompare(b.id) });
}
