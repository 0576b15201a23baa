// Ids for names: one per name (or key), a suffix where two make the same slug, the first free one.
import { describe, expect, it } from 'vitest';
import { IdMaker } from '../../../src/core/import/make-ids';

describe('IdMaker', () => {
  it('gives places of one name at many points numbered ids, skipping one another name already took', () => {
    const ids = new IdMaker('place', ['testville-4']);
    const given = ['Testville|1', 'Testville|2', 'Testville 2|0', 'Testville|3', 'Testville|4', 'Testville|1'].map((key) => ids.idFor(key.split('|')[0]!, key));
    expect(given).toEqual(['testville', 'testville-2', 'testville-2-2', 'testville-3', 'testville-5', 'testville']);
  });

  it('numbers names that make no slug after the fallback', () => {
    const ids = new IdMaker('place');
    expect(['قامشلو', 'عامودا', 'قامشلو'].map((n) => ids.idFor(n))).toEqual(['place-1', 'place-2', 'place-1']);
  });

  it('gives a fresh id on every ask for the same name, and idFor never gives one of those again', () => {
    const ids = new IdMaker('place');
    expect([ids.fresh('Testville'), ids.fresh('Testville'), ids.idFor('Testville', 'Testville|9')]).toEqual(['testville', 'testville-2', 'testville-3']);
  });
});
