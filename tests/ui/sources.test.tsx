// The source lens in the page: the Sources dialog (kinds and sources, by role and label), the line
// that says what is hidden, and the store keeping the dataset shown and the dataset as loaded.
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { applyLens } from '../../src/app/apply-lens';
import { createAppStore, type AppStore } from '../../src/store/store';
import { SourceLensLine } from '../../src/ui/sources/SourceLensLine';
import { SourcesDialog } from '../../src/ui/sources/SourcesDialog';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';
import { renderWith } from './render-app';

async function builtinStore(): Promise<AppStore> {
  const store = createAppStore();
  store.getState().setLoadResult(await loadValid(BUILTIN), []);
  return store;
}

// Rendering 44 sources' rows in jsdom takes seconds on a busy machine.
describe('the Sources dialog', { timeout: 20_000 }, () => {
  it('lists each kind with its number of sources, and hides a kind when its box is unticked', async () => {
    const store = await builtinStore();
    renderWith(store, <SourcesDialog open onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Sources', hidden: true });
    const government = within(dialog).getByRole('checkbox', { name: 'Government or pro-government outlets (8)', hidden: true });
    expect((government as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).getByRole('checkbox', { name: 'Wire agencies (6)', hidden: true })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Show all sources', hidden: true }).hasAttribute('disabled')).toBe(true);

    fireEvent.click(government);
    expect(store.getState().sources).toBe('-kind:government_outlet');
    act(() => applyLens(store));
    const { dataset, fullDataset, sourceLens } = store.getState();
    expect(sourceLens?.hidden.incidents).toBe(2);
    expect(dataset?.incidents.map((i) => i.id)).not.toContain('sootoro-counter-attack');
    expect(fullDataset?.incidents.map((i) => i.id)).toContain('sootoro-counter-attack');
    await vi.waitFor(() => expect(dialog.textContent).toMatch(/8 of 44 are hidden\. Hidden with them, as they rest only on hidden sources: 2 incidents\./));
    // A hidden kind's sources cannot be shown one by one.
    const rt = within(dialog).getByRole('checkbox', { name: /^RT: Kurds take over prison/, hidden: true }) as HTMLInputElement;
    expect(rt.checked).toBe(false);
    expect(rt.disabled).toBe(true);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Show all sources', hidden: true }));
    expect(store.getState().sources).toBeNull();
    expect(store.getState().dataset).toBe(fullDataset);
  });

  it('hides one source when its own box is unticked', async () => {
    const store = await builtinStore();
    renderWith(store, <SourcesDialog open onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Sources', hidden: true });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Fars News Agency: / , hidden: true }));
    expect(store.getState().sources).toBe('-fars');
    act(() => applyLens(store));
    // The truce has seven other sources: it stays, citing them only.
    const truce = store.getState().dataset?.incidents.find((i) => i.id === 'truce');
    expect(truce?.sources).not.toContain('fars');
    expect(truce?.sources.length).toBe(7);
  });
});

describe('the line under the title', () => {
  it('says how many sources and records are hidden, and shows every source again', async () => {
    const store = await builtinStore();
    store.getState().setSources('-kind:reference,-kind:research_notes');
    applyLens(store);
    renderWith(store, <SourceLensLine />);
    const line = screen.getByRole('status');
    expect(line.querySelector('p')?.textContent).toMatch(/^This map shows only some sources: 8 of 44 are hidden\. Hidden with them, as they rest only on hidden sources: 1 incident and 1 change of control\. 4 casualty figures from hidden sources are left out\.$/);
    fireEvent.click(within(line).getByRole('button', { name: 'Show all sources' }));
    expect(store.getState().sourceLens).toBeNull();
    expect(store.getState().dataset?.control.changes.map((c) => c.id)).toContain('bakery-contested');
  });

  it('names what a link hides that the data does not have, and applies the rest', async () => {
    const store = await builtinStore();
    store.getState().setSources('-nobody,-kind:reference');
    applyLens(store);
    expect(store.getState().sources).toBe('-kind:reference');
    expect(store.getState().notices).toEqual([expect.objectContaining({ id: 'link-sources', problem: { param: 'sources', code: 'unknownSources', value: ['-nobody'] } })]);
  });

  it('is not applied when the reader has since chosen another filter', async () => {
    const store = await builtinStore();
    const full = store.getState().fullDataset!;
    store.getState().setSources('-fars');
    store.getState().showLens({ sources: '-kind:reference', filter: { hiddenKinds: ['reference'], hiddenSources: [] }, hidden: { incidents: 9, controlChanges: 0, casualtyClaims: 0, initialControl: 0 }, hiddenSourceCount: 7, unsupportedInitial: [] }, { ...full, incidents: [] }, '-kind:reference');
    expect(store.getState().sourceLens).toBeNull();
    expect(store.getState().dataset).toBe(full);
  });
});
