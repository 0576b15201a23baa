// The incident list of an imported UCDP dataset: each event's time only as precise as UCDP gives
// it, and the area a vague point stands for, in the row a reader reads and clicks.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import { createAppStore } from '../../src/store/store';
import { IncidentList } from '../../src/ui/panels/IncidentList';
import { importedDataset } from '../helpers/import-fixture';
import { renderWith } from './render-app';

describe('the incident list of an imported dataset', () => {
  it('words a month as a month and says what area a point stands for', () => {
    const store = createAppStore();
    store.getState().setLoadResult(importedDataset('tests/fixtures/ucdp/ged.csv'), []);
    store.getState().setTime(Date.parse('2016-04-21T12:00:00Z'));
    renderWith(store, <IncidentList />);
    const list = screen.getByRole('list', { name: 'Incidents' });
    const month = within(list).getByRole('button', { name: /^Non-state conflict: North Testland province/ });
    expect(month.textContent).toMatch(/Non-state conflict · April 2016\s*· North Testland province \(the point stands for a whole province; where in it is not known\)/);
    const year = within(list).getByRole('button', { name: /^One-sided violence: Northern Testland/ });
    expect(year.textContent).toMatch(/One-sided violence · 2016\s*· Northern Testland \(the point stands for a large part of a country/);
    const week = within(list).getByRole('button', { name: /^State-based conflict: Lake district/ });
    expect(week.textContent).toContain('sometime between 11 April 2016 and 17 April 2016');
    const town = within(list).getByRole('button', { name: /Testville town/ });
    expect(town.textContent).toContain('(position uncertain by about 5 km)');
  });
});
