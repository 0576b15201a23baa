// The order of incidents an import sent on as it made them: positions among those sent, with records
// held back for the full validation placed among them, as validateIncidents orders a dataset.
import { describe, expect, it } from 'vitest';
import { joinIncidents } from '../../../src/core/incident-parts';
import { SentIncidents } from '../../../src/core/import/streamed-order';
import { sortedByTime } from '../../../src/core/sorted-by-time';
import type { Incident } from '../../../src/core/types';

/** Only the fields the order reads: invented ids and days. */
const made = (id: string, day: number) => ({ id, start: `2016-04-${String(day).padStart(2, '0')}T00:00:00+00:00` }) as Incident;

describe('SentIncidents', () => {
  it('orders those sent and those held back by start, then id, as the whole dataset is ordered', () => {
    const sent = [made('TST12', 3), made('TST2', 1), made('TST10', 3), made('TST1', 2), made('TST3', 1)];
    const held = [made('TST11', 3), made('TST0', 2)];
    const given = new SentIncidents();
    for (const incident of sent) given.add(incident);
    const parts = given.order(held);

    const expected = sortedByTime([...sent, ...held], { time: (i) => Date.parse(i.start), tie: (a, b) => a.id.localeCompare(b.id) });
    expect(joinIncidents(parts, sent)).toEqual(expected);
    expect(expected.map((i) => i.id)).toEqual(['TST2', 'TST3', 'TST0', 'TST1', 'TST10', 'TST11', 'TST12']);
    expect(parts.changed).toEqual([held[1], held[0]]);
    expect(given.count).toBe(5);
  });

  it('places all of a list none of which was sent', () => {
    const held = [made('TST2', 2), made('TST1', 2)];
    const parts = new SentIncidents().order(held);
    expect([...parts.order]).toEqual([-1, -1]);
    expect(parts.changed.map((i) => i.id)).toEqual(['TST1', 'TST2']);
  });
});
