// A chunk of incidents that arrived later (a dataset split by time) put into the store: the dataset
// and its indexes grow (core/merge-chunk.ts), and the map and panels, which read them, follow.
import { mergeChunk, withChunkIncidents } from '../core/merge-chunk';
import type { Incident, Problem } from '../core/types';
import { withoutKnownIds } from '../core/validate/incident-chunks';
import type { AppStore } from './store';

export interface ArrivedChunk {
  chunk: number;
  /** Its accepted incidents, sorted by start (then id). */
  incidents: readonly Incident[];
  problems: readonly Problem[];
}

/** Adds the chunk, once; an incident whose id another chunk here has is left out and reported. */
export function addChunk(store: AppStore, { chunk, incidents, problems }: ArrivedChunk): void {
  const s = store.getState();
  const full = s.fullDataset;
  if (!full?.chunksLoaded || full.chunksLoaded[chunk] !== false || !s.index) return;
  const lens = s.dataset !== full;
  const found = [...problems];
  const known = lens ? new Map(full.incidents.map((i) => [i.id, i])) : s.index.incidents.byId;
  const fresh = withoutKnownIds(full.manifest, { chunk, incidents, problems: found }, known);
  const allProblems = found.length > 0 ? [...s.problems, ...found] : s.problems;
  if (lens) {
    // The source lens shows a filtered copy: the full dataset grows, and the lens (app/apply-lens.ts) filters it again.
    store.setState({ fullDataset: withChunkIncidents(full, { chunk, incidents: fresh }), problems: allProblems });
    return;
  }
  const merged = mergeChunk({ dataset: full, index: s.index }, { chunk, incidents: fresh });
  store.setState({ dataset: merged.dataset, fullDataset: merged.dataset, index: merged.index, problems: allProblems });
}
