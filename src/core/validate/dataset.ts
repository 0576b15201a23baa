// Validates a dataset's parsed files, kind by kind, each against the records accepted before it.
import { shortened } from '../records';
import type { Dataset, FileKey, LoadResult, Manifest, Problem } from '../types';
import { vocabularyOf } from '../vocabulary';
import { validateActors } from './actors';
import { validateChangelog } from './changelog';
import { validateControl } from './control';
import { validateChunks, type ChunkJson } from './incident-chunks';
import { validateIncidents } from './incidents';
import { validateBasemap, validateSites } from './sites';
import { validateSources } from './sources';
import { validateStory } from './story';

/** What a dataset split by time has read so far: some or all of its chunks of incidents. */
export interface ChunksRead {
  chunks: readonly ChunkJson[];
}

/**
 * Validates already-parsed files against the schema and against each other. A dataset split by time
 * gives the chunks it read; references to incidents (a story step's, a changelog entry's) are checked
 * only when every chunk was read.
 */
export function validateDataset(manifest: Manifest, raw: Partial<Record<FileKey, unknown>>, problems: Problem[] = [], read: ChunksRead = { chunks: [] }): LoadResult {
  const f = manifest.files;
  const start = Date.parse(manifest.extent.start);
  const end = Date.parse(manifest.extent.end);
  const extent = { start, end };

  const vocabulary = vocabularyOf(manifest);
  const sources = validateSources(f.sources, raw.sources, problems);
  const sourceIds = new Set(sources.map((s) => s.id));
  const actors = validateActors(f.actors, raw.actors, { problems, sourceIds, vocabulary });
  const actorIds = new Set(actors.map((a) => a.id));
  const sites = validateSites(f.sites, raw.sites, { problems, sourceIds });
  const siteIds = new Set(sites.map((s) => s.id));
  const basemap = f.basemap === undefined ? [] : validateBasemap(f.basemap, raw.basemap, problems);

  const ctx = { problems, extent, sourceIds, actorIds, siteIds, vocabulary };
  const control = validateControl(f.control, raw.control, ctx);
  const chunks = manifest.incident_chunks;
  const incidents = chunks === undefined ? validateIncidents(f.incidents ?? 'incidents', raw.incidents, ctx) : validateChunks(manifest, read.chunks, ctx);
  const chunksLoaded = chunks?.map((_, i) => read.chunks.some((c) => c.chunk === i));
  const allRead = chunksLoaded === undefined || chunksLoaded.every(Boolean);
  const incidentIds = allRead ? new Set(incidents.map((i) => i.id)) : undefined;
  const story = f.story === undefined ? [] : validateStory(f.story, raw.story, { ...ctx, incidentIds });
  // A file that could not be read is reported once, not again for each changelog entry naming its records.
  const ifRead = (key: FileKey, ids: ReadonlySet<string>) => (f[key] !== undefined && raw[key] === undefined ? undefined : ids);
  const changelog = f.changelog === undefined ? [] : validateChangelog(f.changelog, raw.changelog, {
    problems,
    recordIds: {
      sources: ifRead('sources', sourceIds), actors: ifRead('actors', actorIds), sites: ifRead('sites', siteIds),
      basemap: ifRead('basemap', new Set(basemap.map((b) => b.id))),
      control: ifRead('control', new Set([...control.initial.map((c) => `initial:${c.site}`), ...control.changes.map((c) => c.id)])),
      incidents: incidentIds && ifRead('incidents', incidentIds), story: ifRead('story', new Set(story.map((s) => s.id))),
    },
  });

  const dataset: Dataset = { manifest, sources, actors, sites, basemap, control, incidents, story, changelog, start, end };
  if (chunksLoaded) dataset.chunksLoaded = chunksLoaded;
  // Records are named by their ids wherever a problem is found: cut them once here, like values.
  for (const p of problems) if (p.record !== undefined) p.record = shortened(p.record);
  return { dataset, problems };
}
