// The Claims switch, its column in "Who controls what" and its legend entry, by role and label.
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { createAppStore } from '../../src/store/store';
import { ClaimsSwitch } from '../../src/ui/panels/ClaimsSwitch';
import { ControlTable } from '../../src/ui/panels/ControlTable';
import { Legend } from '../../src/ui/panels/Legend';
import { loadRaw, miniWithClaims } from '../helpers/claims-dataset';
import { fixtureStore, renderWith } from './render-app';

async function claimsStore() {
  const store = createAppStore();
  store.getState().setLoadResult(await loadRaw(miniWithClaims()), []);
  act(() => store.getState().setTime(Date.parse('2016-04-22T06:00:00+03:00')));
  return store;
}

describe('the Claims switch', () => {
  it('adds, while on, a row of claims under each area that has them: claimant, holder and sources', async () => {
    const store = await claimsStore();
    renderWith(store, <><ClaimsSwitch /><ControlTable /></>);
    const toggle = screen.getByRole('switch', { name: 'Claims', description: /another holder than this map’s assessment/ });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    const table = screen.getByRole('table', { name: 'Who controls what' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    await userEvent.setup().click(toggle);
    expect(store.getState().claims).toBe(true);
    expect(await within(table).findAllByText('Blue says: Blue holds it')).toHaveLength(2);
    // The jail's claims come right under the jail's own row, whose cells keep the assessment.
    const jail = within(table).getByRole('rowheader', { name: 'The jail' }).closest('tr') as HTMLElement;
    expect(within(jail).getAllByRole('cell')[0]?.textContent).toMatch(/^Orange/);
    const jailClaims = jail.nextElementSibling as HTMLElement;
    expect(within(jailClaims).getByText('Claims')).toBeTruthy();
    expect(within(jailClaims).getByText('Blue says: Blue holds it').closest('li')?.textContent).toMatch(/claims otherwise; a claim only.*Test Wire and Other Desk/);
    expect(within(jailClaims).getByText('Orange says: Orange holds it').closest('li')?.textContent).toMatch(/supports the assessment.*Test Wire/);
    // The south's own claim: Blue says it never lost it.
    const south = within(table).getByRole('rowheader', { name: 'South district' }).closest('tr') as HTMLElement;
    expect(south.nextElementSibling?.textContent).toMatch(/Blue says: Blue holds it/);
    expect(within(table).getAllByRole('row')).toHaveLength(6);

    await userEvent.setup().click(toggle);
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('follows the time: a claim not yet in force is not shown', async () => {
    const store = await claimsStore();
    act(() => store.getState().setClaims(true));
    renderWith(store, <ControlTable />);
    const claimsOfJail = () => (screen.getByRole('rowheader', { name: 'The jail' }).closest('tr') as HTMLElement).nextElementSibling as HTMLElement;
    await waitFor(() => expect(within(claimsOfJail()).getByText(/Blue says/)).toBeTruthy());
    act(() => store.getState().setTime(Date.parse('2016-04-21T13:00:00+03:00')));
    expect(within(claimsOfJail()).queryByText(/Blue says/)).toBeNull();
    expect(within(claimsOfJail()).getByText(/Orange says/)).toBeTruthy();
  });

  it('is not offered for a dataset without claims', async () => {
    renderWith(await fixtureStore(), <ClaimsSwitch />);
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('explains its mark in the legend while on', async () => {
    const store = await claimsStore();
    renderWith(store, <Legend />);
    expect(screen.queryByText(/A party claims another holder/)).toBeNull();
    act(() => store.getState().setClaims(true));
    expect(screen.getByText(/A party claims another holder/)).toBeTruthy();
  });
});
