// The order of an import's incidents when they were sent on as they were made (the loader's worker
// sends them to the page in batches and keeps none): by start, then id, as validateIncidents orders a
// dataset's, given as positions among those sent, with the few held back for the full validation
// (core/import/checked-import.ts) placed among them as records of their own.
import type { IncidentParts } from '../incident-parts';
import { sortedByTime } from '../sorted-by-time';
import type { Incident } from '../types';
import { memoized } from './memoized';

/** What is kept of each incident sent: its start and id, in the order sent. */
export class SentIncidents {
  readonly starts: number[] = [];
  readonly ids: string[] = [];
  /** An import's starts are the midnights of a few hundred days. */
  private readonly parse = memoized(Date.parse);

  add(incident: Incident): void {
    this.starts.push(this.parse(incident.start));
    this.ids.push(incident.id);
  }

  get count(): number {
    return this.ids.length;
  }

  /** The dataset's order of those sent and of `held` (validated records that were not sent). */
  order(held: readonly Incident[]): IncidentParts {
    const sent = this.ids.length;
    const times = [...this.starts, ...held.map((h) => this.parse(h.start))];
    const ids = [...this.ids, ...held.map((h) => h.id)];
    const positions = sortedByTime(Array.from(ids, (_, i) => i), {
      time: (i) => times[i] as number,
      tie: (i, j) => (ids[i] as string).localeCompare(ids[j] as string),
    });
    const changed: Incident[] = [];
    const order = Int32Array.from(positions, (i) => {
      if (i < sent) return i;
      changed.push(held[i - sent] as Incident);
      return -1;
    });
    return { order, changed };
  }
}
