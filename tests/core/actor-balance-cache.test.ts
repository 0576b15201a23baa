// The actor balance remembers each shape's surface and each list of sites' lookup: a dataset with the
// same area ids but other shapes (another dataset, or the same one imported again after an edit) must
// be measured by its own shapes, never by what was remembered of the first.
import { describe, expect, it } from 'vitest';
import { actorBalance } from '../../src/core/actor-balance';
import { areaChanges } from '../../src/core/changes';
import { buildControlIndex } from '../../src/core/control';
import type { Dataset, Site } from '../../src/core/types';

/** An invented square area of `side` degrees, taken by actor B from actor A at noon. */
function invented(side: number): Pick<Dataset, 'actors' | 'sites' | 'control'> {
  const site: Site = {
    type: 'Feature', id: 'square-one',
    geometry: { type: 'Polygon', coordinates: [[[10, 10], [10 + side, 10], [10 + side, 10 + side], [10, 10 + side], [10, 10]]] },
    properties: { name: { en: 'Square One' }, kind: 'district', geometry_precision: 'exact', sources: ['s1'] },
  };
  return {
    actors: ['actor-a', 'actor-b'].map((id) => ({ id, name: id, short: id, colour: '#123456', side: 'other', aliases: [], sources: ['s1'] })),
    sites: [site],
    control: {
      initial: [{ site: 'square-one', controller: 'actor-a', confidence: 'high', sources: ['s1'] }],
      changes: [{ id: 'c1', site: 'square-one', at: '2020-01-01T12:00:00Z', time_precision: 'hour', from: 'actor-a', to: 'actor-b', contested: false, confidence: 'high', sources: ['s1'] }],
    },
  };
}

const gainedKm2 = (dataset: Pick<Dataset, 'actors' | 'sites' | 'control'>) => {
  const changes = areaChanges(buildControlIndex(dataset), { start: Date.parse('2020-01-01T00:00:00Z'), end: Date.parse('2020-01-02T00:00:00Z') });
  return actorBalance(dataset, changes).find((b) => b.actor === 'actor-b')?.gained.km2 ?? 0;
};

describe('the actor balance\'s remembered surfaces', () => {
  it('measure each dataset\'s own shapes, even under the same area ids', () => {
    const small = gainedKm2(invented(0.01));
    const large = gainedKm2(invented(0.02));
    expect(small).toBeGreaterThan(1);
    // Twice the side, four times the surface: not the small square's figure remembered by its id.
    expect(large / small).toBeCloseTo(4, 2);
    expect(gainedKm2(invented(0.01))).toBe(small);
  });
});
