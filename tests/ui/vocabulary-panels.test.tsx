// The legend and the layer toggles follow a dataset's own vocabulary (the invented fixture in
// tests/fixtures/vocabulary): its types and layers by their names, a toggle that hides its layer.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import { createAppStore } from '../../src/store/store';
import { selectVisibleIncidents } from '../../src/store/selectors';
import { Legend } from '../../src/ui/panels/Legend';
import { LayerToggles } from '../../src/ui/panels/LayerToggles';
import { loadValid } from '../helpers/fs-dataset';
import { renderWith } from './render-app';

async function vocabularyStore() {
  const store = createAppStore();
  store.getState().setLoadResult(await loadValid('tests/fixtures/vocabulary/dataset.json'), []);
  store.getState().setTime(Date.parse('2016-04-21T12:30+03:00'));
  return store;
}

describe('a dataset with its own vocabulary', () => {
  it('shows its incident types and its layers in the legend, by their names', async () => {
    renderWith(await vocabularyStore(), <Legend />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    for (const name of ['Armed clash', 'Protest', 'Air strike', 'Battles and armed clashes', 'Protests and riots', 'Air strikes and shelling']) {
      expect(items, name).toContain(name);
    }
    // None of the built-in layers it does not have.
    expect(items).not.toContain('Mortar and artillery fire');
  });

  it('offers a toggle for each of its layers, and turning one off hides its incidents', async () => {
    const store = await vocabularyStore();
    renderWith(store, <LayerToggles />);
    const names = screen.getAllByRole('checkbox').map((c) => c.getAttribute('aria-label') ?? c.parentElement?.textContent);
    expect(names).toEqual(['Control of areas', 'Sites', 'Battles and armed clashes', 'Protests and riots', 'Air strikes and shelling']);
    expect(selectVisibleIncidents(store.getState()).map((i) => i.type)).toContain('protest');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Protests and riots' }));
    expect(store.getState().layers).not.toContain('unrest');
    expect(selectVisibleIncidents(store.getState()).map((i) => i.type)).not.toContain('protest');
    expect(selectVisibleIncidents(store.getState()).map((i) => i.type)).toContain('air_strike');
  });
});
