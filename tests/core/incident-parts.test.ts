// The worker sends where each accepted incident sits in the file; the page, having parsed the same
// bytes, rebuilds the very list the validator gave.
import { describe, expect, it } from 'vitest';
import { joinIncidents, splitIncidents } from '../../src/core/incident-parts';
import { validateIncidents } from '../../src/core/validate/incidents';
import { DEFAULT_VOCABULARY } from '../../src/core/vocabulary';
import type { Incident, Problem } from '../../src/core/types';

const invented = (id: string, start: string, title = `Invented ${id}`) => ({
  id, type: 'clash', title, summary: 'Made up for a test.', start, time_precision: 'hour',
  location: { site: 'area-1' }, actors: [], casualties: [], confidence: 'low', sources: ['s1'],
});

/** A file's text: out of time order, one record with text to trim, one rejected, one repeated id. */
const TEXT = JSON.stringify([
  invented('late', '2020-01-03T10:00Z'),
  invented('padded', '2020-01-02T10:00Z', '  Padded title  '),
  { ...invented('broken', '2020-01-02T11:00Z'), type: 'not-a-type' },
  invented('early', '2020-01-01T10:00Z'),
  invented('early', '2020-01-01T12:00Z'),
]);

function validated(parsed: unknown): Incident[] {
  const problems: Problem[] = [];
  const ids = new Set(['area-1', 's1']);
  return validateIncidents('incidents.json', parsed, {
    problems, extent: { start: Date.parse('2020-01-01T00:00Z'), end: Date.parse('2020-01-04T00:00Z') }, sourceIds: ids, actorIds: ids, siteIds: ids, vocabulary: DEFAULT_VOCABULARY,
  });
}

describe('incident parts', () => {
  it('give back, from the file parsed anew, the validator\'s list: its order, its copies, its rejections', () => {
    const inWorker = JSON.parse(TEXT) as unknown[];
    const incidents = validated(inWorker);
    expect(incidents.map((i) => i.id)).toEqual(['early', 'padded', 'late']);
    const parts = splitIncidents(incidents, inWorker);
    // Only the trimmed record travels as a record; the others are positions in the file.
    expect(Array.from(parts.order)).toEqual([3, -1, 0]);
    expect(parts.changed.map((i) => i.title)).toEqual(['Padded title']);
    const onPage = joinIncidents(structuredClone(parts), JSON.parse(TEXT));
    expect(onPage).toEqual(incidents);
  });

  it('refuse a file that does not hold the positions (it changed between the two reads)', () => {
    const inWorker = JSON.parse(TEXT) as unknown[];
    const parts = splitIncidents(validated(inWorker), inWorker);
    expect(() => joinIncidents(parts, [])).toThrow(/changed while it was loading/);
    expect(() => joinIncidents(parts, undefined)).toThrow(/changed while it was loading/);
  });
});
