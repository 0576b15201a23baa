// Parts that load after the first map hold their room while their code loads (ui/lazy.tsx's
// placeholder): the control table's rows, the embedded layout's Claims switch.
import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/preact';
import { createAppStore } from '../../src/store/store';
import { lazyComponent } from '../../src/ui/lazy';
import { ClaimsSwitchSpace } from '../../src/ui/panels/claims-switch-space';
import { ControlTableSpace, FULL_TABLE_MAX } from '../../src/ui/panels/control-table-space';
import { loadRaw, miniWithClaims } from '../helpers/claims-dataset';
import { loadValid } from '../helpers/fs-dataset';
import { fixtureStore, renderWith } from './render-app';

describe('a part loaded on demand', () => {
  it('shows its placeholder, given the same props, until its code is here', async () => {
    let arrive: (c: (p: { name: string }) => preact.JSX.Element) => void = () => {};
    const Part = lazyComponent<{ name: string }>(() => new Promise((resolve) => { arrive = resolve; }), {
      placeholder: ({ name }) => <p>room for {name}</p>,
    });
    renderWith(await fixtureStore(), <Part name="the table" />);
    expect(screen.getByText('room for the table')).toBeTruthy();
    await act(async () => arrive(({ name }) => <p>{name} itself</p>));
    expect(await screen.findByText('the table itself')).toBeTruthy();
    expect(screen.queryByText('room for the table')).toBeNull();
  });
});

describe('the control table\'s room', () => {
  it('is a row for each area, in a box of the table\'s own height where the table scrolls, and none with no areas', async () => {
    const store = await fixtureStore();
    const areas = store.getState().dataset!.control.initial.length;
    expect(areas).toBeGreaterThan(0);
    const { container, unmount } = renderWith(store, <ControlTableSpace />);
    const space = container.querySelector<HTMLElement>('.control-table-space')!;
    expect(space.getAttribute('aria-hidden')).toBe('true');
    expect(space.style.getPropertyValue('--rows')).toBe(String(areas));

    const dataset = store.getState().dataset!;
    const many = Array.from({ length: FULL_TABLE_MAX + 1 }, () => dataset.control.initial[0]!);
    act(() => store.setState({ dataset: { ...dataset, control: { ...dataset.control, initial: many } } }));
    expect(space.style.height).toBe('24rem');
    expect(space.style.getPropertyValue('--rows')).toBe('');
    unmount();

    const incidentsOnly = createAppStore();
    incidentsOnly.getState().setLoadResult(await loadValid('tests/fixtures/incidents-only/dataset.json'), []);
    expect(renderWith(incidentsOnly, <ControlTableSpace />).container.innerHTML).toBe('');
  });
});

describe('the Claims switch\'s room', () => {
  it('is kept in the embedded layout where the dataset has claims, and not in the folded Layers panel or without claims', async () => {
    const claims = createAppStore();
    claims.getState().setLoadResult(await loadRaw(miniWithClaims()), []);
    expect(renderWith(claims, <ClaimsSwitchSpace compact />).container.querySelector('.claims-switch-space[aria-hidden="true"]')).not.toBeNull();
    expect(renderWith(claims, <ClaimsSwitchSpace />).container.innerHTML).toBe('');
    expect(renderWith(await fixtureStore(), <ClaimsSwitchSpace compact />).container.innerHTML).toBe('');
  });
});
