// Snapshots carry each area's claims in force beside its assessed holder (property `claims`).
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/core/dataset-index';
import { buildSnapshot } from '../../src/core/snapshot';
import { loadRaw, miniWithClaims } from '../helpers/claims-dataset';

describe('claims in the snapshot (invented fixture)', async () => {
  const d = await loadRaw(miniWithClaims());
  const area = (iso: string, id: string) => buildSnapshot(d, indexDataset(d), { time: Date.parse(iso), generator: 'test' })
    .features.find((f) => f.properties?.feature_type === 'area' && f.id === id)?.properties;

  it('lists the claims in force with claimant, holder, status, start, note and sources in full', () => {
    const jail = area('2016-04-22T06:00:00+03:00', 'jail');
    expect(jail?.controller).toBe('orange');
    expect(jail?.claims).toEqual([
      {
        claimant: 'orange', claimant_name: 'Orange force', controller: 'orange', controller_name: 'Orange force', status: 'assessment',
        claims_otherwise: false, since: null, note: 'Invented: Orange confirms the taking.',
        sources: [{ id: 'src-a', publisher: 'Test Wire', title: 'Invented report A', date: '2016-04-21', url: 'https://example.org/a' }],
      },
      {
        claimant: 'blue', claimant_name: 'Blue force', controller: 'blue', controller_name: 'Blue force', status: 'claim',
        claims_otherwise: true, since: '2016-04-22T00:00:00+03:00', note: 'Invented: Blue says it retook the jail.',
        sources: [
          { id: 'src-a', publisher: 'Test Wire', title: 'Invented report A', date: '2016-04-21', url: 'https://example.org/a' },
          { id: 'src-b', publisher: 'Other Desk', title: 'Invented report B' },
        ],
      },
    ]);
  });

  it('leaves out claims not yet in force, and gives [] for an area without any', () => {
    expect((area('2016-04-21T13:00:00+03:00', 'jail')?.claims as { claimant: string }[]).map((c) => c.claimant)).toEqual(['orange']);
    expect(area('2016-04-21T13:00:00+03:00', 'north')?.claims).toEqual([]);
  });
});
