// The manifest: its schema, an extent that runs forwards, a time zone the runtime knows, and its
// incidents in one file or in chunks by time.
import * as v from 'valibot';
import { Manifest as ManifestSchema } from '../schema';
import { issuesToProblems, showValue } from '../records';
import type { Manifest, Problem } from '../types';
import { chunkSpanProblems } from './chunk-spans';
import { vocabularyProblems } from './vocabulary';

/** Validates the manifest; returns null (with problems) when it cannot be used. */
export function validateManifest(json: unknown, file: string, problems: Problem[]): Manifest | null {
  const result = v.safeParse(ManifestSchema, json);
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
  const wrong = [...chunkSpanProblems(m, file), ...vocabularyProblems(m, file)];
  problems.push(...wrong);
  return wrong.length === 0 ? m : null;
}
