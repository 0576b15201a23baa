// What a link's v= (the dataset version it was made with) means for the data shown now: nothing when
// it is this version; else a notice naming the corrections since then to the records the link names.
// Loaded on demand, only for a link whose version differs from the data's.
import type { LinkState } from './link-format';
import type { LinkProblem, VersionChange } from './link-notice';
import type { ChangelogFile, Dataset } from './types';
import { compareVersions } from './version-order';

/** A record a link names: its file and id. */
interface NamedRecord {
  file: VersionChange['records'][number]['file'];
  id: string;
}

/** The records a link names: its incident, its story step and the step's incident. */
export function linkedRecords(link: LinkState, dataset: Pick<Dataset, 'story'>): NamedRecord[] {
  const named: NamedRecord[] = [];
  const step = link.step === undefined ? undefined : dataset.story.find((s) => s.id === link.step);
  if (link.event !== undefined) named.push({ file: 'incidents', id: link.event });
  if (step) {
    named.push({ file: 'story', id: step.id });
    if (step.incident !== undefined && step.incident !== link.event) named.push({ file: 'incidents', id: step.incident });
  }
  return named;
}

function titleOf(r: NamedRecord, dataset: Pick<Dataset, 'incidents' | 'story'>): string {
  const list = r.file === 'incidents' ? dataset.incidents : dataset.story;
  return list.find((x) => x.id === r.id)?.title ?? r.id;
}

/**
 * The notice for a link's version, or null when there is none to give (no v=, or this version). A
 * newer version, or one that cannot be ordered against the data's, is named as such; an older one
 * lists the changelog's entries since it that touch what the link names (none: a shorter notice).
 */
export function linkVersionProblem(link: LinkState, dataset: Pick<Dataset, 'manifest' | 'changelog' | 'incidents' | 'story'>): LinkProblem | null {
  const value = link.version;
  const current = dataset.manifest.version;
  if (value === undefined) return null;
  const order = compareVersions(value, current);
  if (order === 0) return null;
  if (order === null || order > 0) return { param: 'v', code: 'newerVersion', value, current };
  const named = linkedRecords(link, dataset);
  const touches = (file: ChangelogFile, id: string | undefined) => named.find((n) => n.file === file && n.id === id);
  const changes: VersionChange[] = [];
  for (const entry of dataset.changelog) {
    const since = compareVersions(entry.version, value);
    const upTo = compareVersions(entry.version, current);
    if (since === null || upTo === null || since <= 0 || upTo > 0) continue;
    const hits = entry.records.map((r) => touches(r.file, r.id)).filter((n) => n !== undefined);
    const records = [...new Set(hits)].map((n) => ({ file: n.file, title: titleOf(n, dataset) }));
    if (records.length > 0) changes.push({ version: entry.version, why: entry.why, records });
  }
  return { param: 'v', code: 'olderVersion', value, current, changes };
}
