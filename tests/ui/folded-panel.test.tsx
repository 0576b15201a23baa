// A folded panel costs a time step nothing: its body stops following the store while folded, and
// catches up when unfolded. (Invented fixture: tests/fixtures/mini.)
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Panel } from '../../src/ui/Panel';
import { ControlTable } from '../../src/ui/panels/ControlTable';
import { fixtureStore, renderWith } from './render-app';

const at = (iso: string) => Date.parse(iso);

describe('a folded panel', () => {
  it('does not re-render on a time step while folded, and shows the moment again when unfolded', async () => {
    const store = await fixtureStore();
    renderWith(store, <Panel id="panel-control" title="Control"><ControlTable /></Panel>);
    const table = screen.getByRole('table', { name: 'Who controls what' });
    const jail = () => (within(table).getByRole('rowheader', { name: 'The jail', hidden: true }).closest('tr') as HTMLElement).textContent;
    act(() => store.getState().setTime(at('2016-04-20T18:00:00+03:00')));
    expect(jail()).toMatch(/Blue \(contested\)/);

    const summary = screen.getByRole('heading', { name: 'Control' }).closest('summary') as HTMLElement;
    const details = summary.closest('details') as HTMLDetailsElement;
    await userEvent.setup().click(summary);
    await waitFor(() => expect(details.open).toBe(false));
    // Folded: the step is not drawn into the hidden table (it still says what it said).
    act(() => store.getState().setTime(at('2016-04-22T00:00:00+03:00')));
    expect(jail()).toMatch(/Blue \(contested\)/);

    await userEvent.setup().click(summary);
    await waitFor(() => expect(jail()).toMatch(/Orange/));
    act(() => store.getState().setTime(at('2016-04-20T18:00:00+03:00')));
    expect(jail()).toMatch(/Blue \(contested\)/);
  });
});
