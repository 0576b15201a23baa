// The actors file: who holds areas and takes part in incidents.
import { Actor as ActorSchema } from '../schema';
import { acceptEach, uniqueById } from '../records';
import type { Actor } from '../types';
import { sidesOf } from '../sides';
import { listOf } from './containers';
import { allKnown, declared, type Accepted } from './references';

/** The accepted actors: unique ids, every source known. */
export function validateActors(file: string, json: unknown, ctx: Pick<Accepted, 'problems' | 'sourceIds' | 'vocabulary'>): Actor[] {
  const { problems } = ctx;
  return uniqueById(file, acceptEach(file, listOf(json, file, problems), ActorSchema, problems), problems)
    .filter((a) => declared({ file, record: a.id, problems, field: 'side', id: a.side, entries: sidesOf(ctx.vocabulary), key: 'sides' })
      && allKnown({ file, record: a.id, problems, field: 'sources', list: a.sources, ids: ctx.sourceIds, what: 'source' }));
}
