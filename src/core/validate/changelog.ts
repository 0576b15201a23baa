// The changelog file: the dataset's corrections, each naming the records it touched.
import { ChangelogEntry as ChangelogEntrySchema } from '../schema';
import { acceptEach, showValue, uniqueById } from '../records';
import type { ChangelogEntry, ChangelogFile, Problem } from '../types';
import { listOf } from './containers';

/**
 * The ids of the accepted records of each file a changelog can name (the manifest has none);
 * undefined for a file that could not be read, whose own problem already says so.
 */
export type RecordIds = Record<Exclude<ChangelogFile, 'manifest'>, ReadonlySet<string> | undefined>;

/**
 * The accepted entries. A record an entry names that is not in the dataset (or one it says was removed
 * that still is) is a warning, not an error: the entry is history, kept as written, and the warning
 * catches a misspelt id.
 */
export function validateChangelog(file: string, json: unknown, ctx: { problems: Problem[]; recordIds: RecordIds }): ChangelogEntry[] {
  const { problems } = ctx;
  const entries = uniqueById(file, acceptEach(file, listOf(json, file, problems), ChangelogEntrySchema, problems), problems);
  for (const entry of entries) {
    entry.records.forEach((r, i) => {
      const ids = r.file === 'manifest' ? undefined : ctx.recordIds[r.file];
      if (ids === undefined || r.id === undefined || ids.has(r.id) !== (r.removed === true)) return;
      problems.push({
        file, record: entry.id, field: `records.${i}.id`, value: showValue(r.id), severity: 'warning',
        message: r.removed === true
          ? `is marked removed, but the ${r.file} file still has a record with this id`
          : `names no record of the ${r.file} file in this dataset (removed since, misspelt, or rejected for its own problems)`,
      });
    });
  }
  return entries;
}
