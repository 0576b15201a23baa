// The order of an import's incidents when they were sent on as they were made (the loader's worker
// sends them to the page in batches and keeps none): by start, then id, as validateIncidents orders a
// dataset's, given as positions among those sent, with the few held back for the full validation
// (core/import/checked-import.ts) placed among them as records of their own.
import type { IncidentParts } from '../incident-parts';
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
    // Plain loops over typed arrays: a spread, a mapping and a copy of 100,000 each were most of the
    // worker's last step before the result (the sort itself, of runs already in order, is quick).
    const sent = this.ids.length;
    const count = sent + held.length;
    const times = new Float64Array(count);
    const ids = new Array<string>(count);
    const positions = new Array<number>(count);
    for (let i = 0; i < sent; i++) {
      times[i] = this.starts[i] as number;
      ids[i] = this.ids[i] as string;
      positions[i] = i;
    }
    for (let k = 0; k < held.length; k++) {
      const h = held[k] as Incident;
      times[sent + k] = this.parse(h.start);
      ids[sent + k] = h.id;
      positions[sent + k] = sent + k;
    }
    // As sortedByTime orders them (and validateIncidents a dataset's): by start, then id; the sort is stable.
    positions.sort((i, j) => (times[i] as number) - (times[j] as number) || (ids[i] as string).localeCompare(ids[j] as string));
    const changed: Incident[] = [];
    const order = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const i = positions[k] as number;
      if (i < sent) order[k] = i;
      else {
        changed.push(held[i - sent] as Incident);
        order[k] = -1;
      }
    }
    return { order, changed };
  }
}
