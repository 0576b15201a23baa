// An imported incident's popup: its time only as precise as the codebook gives it, the area a vague
// point stands for, the claimant's range, and the codebook's own classification, folded.
import { describe, expect, it } from 'vitest';
import { getByRole, getByText } from '@testing-library/preact';
import type { Dataset } from '../../src/core/types';
import { incidentPopup } from '../../src/map/popup';
import { importedDataset as imported } from '../helpers/import-fixture';
import { popupContextOf } from '../helpers/popup-context';

function popupOf(dataset: Dataset, id: string): HTMLElement {
  const incident = dataset.incidents.find((i) => i.id === id);
  if (!incident) throw new Error(`no incident ${id}`);
  return incidentPopup(incident, popupContextOf(dataset));
}

describe('an imported incident\'s popup', () => {
  it('says when only to the month, where only as the province it stands for, and UCDP\'s range', () => {
    const body = popupOf(imported('tests/fixtures/ucdp/ged.csv'), '900004');
    expect(body.querySelector('.popup-when')?.textContent).toBe('When: April 2016 (local time)');
    getByText(body, /the point stands for a whole province; where in it is not known/);
    expect(getByRole(body, 'heading', { name: 'Casualties, as claimed' }).nextElementSibling?.textContent)
      .toBe('UCDP GED: about 3 (2–5) people killed (\u2068UCDP GED\'s best estimate, with its low and high estimates, not attributed to a side\u2069)');
  });

  it('shows the codebook\'s own type and sub-type under "As coded by ACLED"', () => {
    const body = popupOf(imported('tests/fixtures/acled/iso-dates.csv'), 'TST1002');
    expect(body.querySelector('.popup-when')?.textContent).toBe('When: week of 18 April 2016 (local time)');
    const details = getByText(body, 'As coded by ACLED').closest('details');
    expect(details?.textContent).toContain('sub_event_typeShelling/artillery/missile attack');
    expect(details?.textContent).toContain('time_precision2');
    expect(getByRole(body, 'heading', { level: 2 }).textContent).toBe('Shelling/artillery/missile attack: Outer Testville');
  });
});
