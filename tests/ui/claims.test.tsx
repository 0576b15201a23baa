// The Claims switch, its column in "Who controls what" and its legend entry, by role and label.
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/preact';
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
  it('adds a Claims column to the table while on: each claim with its claimant, holder and sources', async () => {
    const store = await claimsStore();
    renderWith(store, <><ClaimsSwitch /><ControlTable /></>);
    const toggle = screen.getByRole('switch', { name: 'Claims', description: /another holder than this map’s assessment/ });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    const table = screen.getByRole('table', { name: 'Who controls what' });
    expect(within(table).queryByRole('columnheader', { name: 'Claims' })).toBeNull();

    await userEvent.setup().click(toggle);
    expect(store.getState().claims).toBe(true);
    await within(table).findByRole('columnheader', { name: 'Claims' });
    const jail = within(table).getByRole('rowheader', { name: 'The jail' }).closest('tr') as HTMLElement;
    const cell = await within(jail).findByText(/Blue says: Blue holds it/);
    expect(cell.closest('li')?.textContent).toMatch(/claims otherwise; a claim only.*Test Wire and Other Desk/);
    expect(within(jail).getByText(/Orange says: Orange holds it/).closest('li')?.textContent).toMatch(/supports the assessment.*Test Wire/);
    // The assessment stays in its own column.
    expect(within(jail).getAllByRole('cell')[0]?.textContent).toMatch(/^Orange/);

    await userEvent.setup().click(toggle);
    expect(within(table).queryByRole('columnheader', { name: 'Claims' })).toBeNull();
  });

  it('follows the time: a claim not yet in force is not shown', async () => {
    const store = await claimsStore();
    act(() => store.getState().setClaims(true));
    renderWith(store, <ControlTable />);
    const jail = () => screen.getByRole('rowheader', { name: 'The jail' }).closest('tr') as HTMLElement;
    await within(jail()).findByText(/Blue says/);
    act(() => store.getState().setTime(Date.parse('2016-04-21T13:00:00+03:00')));
    expect(within(jail()).queryByText(/Blue says/)).toBeNull();
    expect(within(jail()).getByText(/Orange says/)).toBeTruthy();
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
