// The sources file: every other record cites these by id.
import { Source as SourceSchema } from '../schema';
import { acceptEach, uniqueById } from '../records';
import type { Problem, Source } from '../types';
import { listOf } from './containers';

/** The accepted sources, each with a unique id. */
export function validateSources(file: string, json: unknown, problems: Problem[]): Source[] {
  return uniqueById(file, acceptEach(file, listOf(json, file, problems), SourceSchema, problems), problems);
}
