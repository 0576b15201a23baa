// What the timeline draws per hour of a dataset: how many incidents begin in it, and which layers have any.
import { binCounts } from './histogram';
import type { IncidentIndex } from './incidents';
import { HOUR } from './time';
import type { Incident } from './types';
import type { Vocabulary } from './vocabulary';

export interface HourlyActivity {
  /** Incidents begun in each hour from the start; the last hour runs to the end and includes it. */
  counts: Uint32Array;
  /** The largest count, at least 1: the histogram's full height. */
  max: number;
  /** An hour in which a layer has incidents: one mark however many (the histogram carries the numbers). */
  marks: { layer: string; hour: number }[];
}

export interface HourlyActivityOptions {
  /** The incidents, sorted by start (buildIncidentIndex). */
  index: Pick<IncidentIndex, 'incidents' | 'starts'>;
  /** The extent, in epoch milliseconds; hours count from `start`. */
  start: number;
  end: number;
  /** The dataset's layers: one row of marks each, in their order. */
  vocabulary: Vocabulary;
}

/** Counts and marks by start hour; an incident that runs on over several hours belongs to the first. */
export function hourlyActivity({ index, start, end, vocabulary }: HourlyActivityOptions): HourlyActivity {
  const counts = binCounts(index.starts, start, end, HOUR);
  let max = 1;
  for (const c of counts) if (c > max) max = c;
  // One pass over the incidents marks which hours each layer has something in.
  const hours = counts.length;
  const layers = vocabulary.layers.map((l) => l.id);
  const used = layers.map(() => new Uint8Array(hours));
  const { incidents, starts } = index;
  for (let i = 0; i < incidents.length; i++) {
    const t = starts[i] as number;
    if (t < start || t > end) continue;
    const row = used[layers.indexOf(vocabulary.typeById.get((incidents[i] as Incident).type)?.layer ?? '')];
    // The end itself falls in the last hour, as binCounts counts it.
    if (row) row[Math.min(hours - 1, Math.floor((t - start) / HOUR))] = 1;
  }
  const marks: HourlyActivity['marks'] = [];
  layers.forEach((layer, k) => used[k]?.forEach((u, hour) => { if (u) marks.push({ layer, hour }); }));
  return { counts, max, marks };
}
