// The actors file: who holds areas and takes part in incidents.
import { Actor as ActorSchema } from '../schema';
import { acceptEach, uniqueById } from '../records';
import type { Actor } from '../types';
import { sidesOf } from '../sides';
import { listOf } from './containers';
import { allKnown, declared, type Accepted } from './references';

/** The accepted actors: unique ids, a declared side, every source known, a colour (their own or their side's). */
export function validateActors(file: string, json: unknown, ctx: Pick<Accepted, 'problems' | 'sourceIds' | 'vocabulary'>): Actor[] {
  const { problems } = ctx;
  const sides = sidesOf(ctx.vocabulary);
  const accepted: Actor[] = [];
  for (const a of uniqueById(file, acceptEach(file, listOf(json, file, problems), ActorSchema, problems), problems)) {
    if (!declared({ file, record: a.id, problems, field: 'side', id: a.side, entries: sides, key: 'sides' })) continue;
    if (!allKnown({ file, record: a.id, problems, field: 'sources', list: a.sources, ids: ctx.sourceIds, what: 'source' })) continue;
    const colour = a.colour ?? sides.get(a.side)?.colour;
    if (colour === undefined) {
      problems.push({ file, record: a.id, field: 'colour', message: `is missing, and its side (${a.side}) declares none: give the actor a colour, or its side one (the manifest's sides)` });
      continue;
    }
    accepted.push({ ...a, colour });
  }
  return accepted;
}
