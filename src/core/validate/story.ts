// The story file: steps inside the extent (a range's end after its start), each optionally pointing at an accepted incident.
import { StoryStep as StoryStepSchema } from '../schema';
import { acceptEach, uniqueById } from '../records';
import type { StoryStep } from '../types';
import { listOf } from './containers';
import { showValue } from '../records';
import { allKnown, inExtent, known, type Accepted, type Where } from './references';

/** The accepted story steps, in the file's order. */
/** `incidentIds` undefined: the incidents are not all read (a dataset split by time), and a step's incident is not checked. */
export function validateStory(file: string, json: unknown, ctx: Pick<Accepted, 'problems' | 'extent' | 'sourceIds'> & { incidentIds: ReadonlySet<string> | undefined }): StoryStep[] {
  const { problems } = ctx;
  return uniqueById(file, acceptEach(file, listOf(json, file, problems), StoryStepSchema, problems), problems)
    .filter((s) => {
      const where: Where = { file, record: s.id, problems };
      return inExtent({ ...where, field: 'at', iso: s.at, extent: ctx.extent })
        && (s.until === undefined || (inExtent({ ...where, field: 'until', iso: s.until, extent: ctx.extent }) && untilAfterAt(s, where)))
        && (s.incident === undefined || ctx.incidentIds === undefined || known({ ...where, field: 'incident', id: s.incident, ids: ctx.incidentIds, what: 'incident' }))
        && allKnown({ ...where, field: 'sources', list: s.sources, ids: ctx.sourceIds, what: 'source' });
    });
}

/** A step's range ends no sooner than it starts. */
function untilAfterAt(s: StoryStep, where: Where): boolean {
  if (s.until === undefined || Date.parse(s.until) >= Date.parse(s.at)) return true;
  where.problems.push({ file: where.file, record: where.record, field: 'until', value: showValue(s.until), message: 'is before the step\'s at (a range ends no sooner than it starts)' });
  return false;
}
