// A chunk of incidents that arrived later (a dataset split by time) put into the store: the dataset
// and its indexes grow (core/merge-chunk.ts), and the map and panels, which read them, follow. The
// work per incident runs in slices when the caller gives a pause (app/follow-chunks.ts waits for idle
// time), and the store changes once, at the end: a chunk fetched ahead never costs a time step.
import { mergeChunkSteps, withChunkIncidents } from '../core/merge-chunk';
import type { Incident, Problem } from '../core/types';
import { withoutKnownIds } from '../core/validate/incident-chunks';
import type { AppStore } from './store';

export interface ArrivedChunk {
  chunk: number;
  /** Its accepted incidents, sorted by start (then id). */
  incidents: readonly Incident[];
  problems: readonly Problem[];
}

export interface AddChunkOptions {
  /** Waits between slices of the work (app/idle-pauses.ts); none by default: all at once. */
  pause?: (() => Promise<void>) | undefined;
  /** Incidents per slice. */
  slice?: number;
}

/** Incidents per slice: a millisecond or two of work. */
const SLICE = 500;

/**
 * Adds the chunk, once; an incident whose id another chunk here has is left out and reported. Should
 * the store change its dataset or index during a pause, the work starts again from what it holds then.
 */
export async function addChunk(store: AppStore, arrived: ArrivedChunk, { pause, slice = SLICE }: AddChunkOptions = {}): Promise<void> {
  const { chunk, incidents, problems } = arrived;
  const s = store.getState();
  const full = s.fullDataset;
  const index = s.index;
  if (!full?.chunksLoaded || full.chunksLoaded[chunk] !== false || !index) return;
  const found = [...problems];
  if (s.dataset !== full) {
    // The source lens shows a filtered copy: the full dataset grows, and the lens (app/apply-lens.ts) filters it again.
    const known = new Map(full.incidents.map((i) => [i.id, i]));
    const fresh = withoutKnownIds(full.manifest, { chunk, incidents, problems: found }, known);
    store.setState({ fullDataset: withChunkIncidents(full, { chunk, incidents: fresh }), problems: withFound(s.problems, found) });
    return;
  }
  const steps = (function* () {
    const fresh: Incident[] = [];
    for (let from = 0; from < incidents.length; from += slice) {
      fresh.push(...withoutKnownIds(full.manifest, { chunk, incidents: incidents.slice(from, from + slice), problems: found }, index.incidents.byId));
      yield;
    }
    return yield* mergeChunkSteps({ dataset: full, index }, { chunk, incidents: fresh }, { slice });
  })();
  let step = steps.next();
  while (!step.done) {
    if (pause) {
      await pause();
      const now = store.getState();
      if (now.fullDataset !== full || now.dataset !== full || now.index !== index) return addChunk(store, arrived, { pause, slice });
    }
    step = steps.next();
  }
  // The dataset keeps its identity, its incidents and the chunks it holds brought up to date: what
  // is made once per dataset (the map, the link's sync, the layout) is left alone, and what reads
  // the incidents follows the index, which is new.
  Object.assign(full, { incidents: step.value.dataset.incidents, chunksLoaded: step.value.dataset.chunksLoaded });
  store.setState({ index: step.value.index, problems: withFound(store.getState().problems, found) });
}

const withFound = (problems: Problem[], found: readonly Problem[]): Problem[] => (found.length > 0 ? [...problems, ...found] : problems);
