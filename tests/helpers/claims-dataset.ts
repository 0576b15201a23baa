// The mini fixture with claims of control added: plainly invented claims by its invented forces.
import type { Dataset } from '../../src/core/types';
import { loadTexts, mini, textsOf, type RawDataset } from './raw-dataset';

type Json = Record<string, unknown>;

/** Blue says it still holds the jail from the 22nd; Orange's claim agrees with the jail's taking; Blue claims the south from the start. */
export function miniWithClaims(): RawDataset {
  const raw = mini();
  const control = raw.files.control as { initial: Json[]; changes: Json[] };
  const change = (id: string) => control.changes.find((c) => c.id === id) as Json;
  (control.initial.find((r) => r.site === 'south') as Json).claims = [
    { claimant: 'blue', controller: 'blue', status: 'claim', note: 'Invented: Blue says the south was never lost.', sources: ['src-b'] },
  ];
  change('jail-contested').claims = [
    { claimant: 'orange', controller: 'orange', status: 'claim', note: 'Invented: Orange says it already holds the jail.', sources: ['src-a'] },
  ];
  change('jail-taken').claims = [
    { claimant: 'orange', controller: 'orange', status: 'assessment', note: 'Invented: Orange confirms the taking.', sources: ['src-a'] },
    { claimant: 'blue', controller: 'blue', status: 'claim', start: '2016-04-22T00:00:00+03:00', note: 'Invented: Blue says it retook the jail.', sources: ['src-a', 'src-b'] },
  ];
  return raw;
}

/** Loads the raw dataset; it must be valid. */
export async function loadRaw(raw: RawDataset): Promise<Dataset> {
  const { dataset, problems } = await loadTexts(textsOf(raw));
  if (!dataset || problems.length > 0) throw new Error(JSON.stringify(problems, null, 2));
  return dataset;
}
