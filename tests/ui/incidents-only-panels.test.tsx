// The panels with a dataset of incidents only (tests/fixtures/incidents-only: no areas, no sites, no
// basemap): each says in one sentence, in the reader's language, that it has no areas of control,
// instead of an empty table or an empty summary; Layers offers no switch for what is not there.
import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/preact';
import { ar } from '../../src/i18n/ar';
import { ku } from '../../src/i18n/ku';
import { createAppStore } from '../../src/store/store';
import { AboutPanel } from '../../src/ui/panels/AboutPanel';
import { ChangesPanel } from '../../src/ui/panels/ChangesPanel';
import { ControlTable } from '../../src/ui/panels/ControlTable';
import { ExportDialog } from '../../src/ui/data/ExportDialog';
import { LayerToggles } from '../../src/ui/panels/LayerToggles';
import { Legend } from '../../src/ui/panels/Legend';
import { loadValid } from '../helpers/fs-dataset';
import { renderWith } from './render-app';

const NO_AREAS = 'This dataset maps incidents only: it has no areas of control.';

async function incidentsOnly() {
  const store = createAppStore();
  store.getState().setLoadResult(await loadValid('tests/fixtures/incidents-only/dataset.json'), []);
  store.getState().setTime(Date.parse('2021-03-03T13:00+03:00'));
  return store;
}

describe('a dataset of incidents only', () => {
  it('says in Who controls what that it has no areas, with no table', async () => {
    renderWith(await incidentsOnly(), <ControlTable />);
    expect(screen.getByText(NO_AREAS)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says it in Arabic and in Kurdish when the page is', async () => {
    const store = await incidentsOnly();
    renderWith(store, <ControlTable />);
    act(() => { store.getState().setLang('ar'); store.getState().setMessages('ar', ar); });
    expect(screen.getByText('لا تعرض هذه البيانات إلا الأحداث: ليس فيها مناطق سيطرة.')).toBeTruthy();
    act(() => { store.getState().setLang('ku'); store.getState().setMessages('ku', ku); });
    expect(screen.getByText('Ev dane tenê bûyeran nîşan didin: tu deverên kontrolê tê de nînin.')).toBeTruthy();
  });

  it('says it in What changed instead of the changes of control and who gained, and lists the range\'s incidents', async () => {
    const store = await incidentsOnly();
    store.getState().showRange(Date.parse('2021-03-02T00:00+03:00'), Date.parse('2021-03-05T23:59+03:00'));
    renderWith(store, <ChangesPanel />);
    expect(await screen.findByText(NO_AREAS)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Changes of control' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Who gained and who lost' })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Incidents in this range (4)' })).toBeTruthy();
  });

  it('says it in the legend instead of the holders, and lists no places it does not have', async () => {
    renderWith(await incidentsOnly(), <Legend />);
    expect(screen.getByText(NO_AREAS)).toBeTruthy();
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual(['Incidents', 'Timeline']);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain('Drone strike');
  });

  it('offers a switch for each of its incident layers, and none for areas or places', async () => {
    renderWith(await incidentsOnly(), <LayerToggles />);
    const names = screen.getAllByRole('checkbox').map((c) => c.parentElement?.textContent);
    expect(names).toEqual(['Fighting and raids', 'Shelling and drone strikes', 'Marches and sit-ins']);
  });

  it('credits Natural Earth\'s borders in About', async () => {
    renderWith(await incidentsOnly(), <AboutPanel />);
    expect(screen.getByText('Country borders')).toBeTruthy();
    expect(screen.getByText(/^From Natural Earth \(public domain\)/)).toBeTruthy();
  });

  it('exports files said to hold incidents alone, with no changes-of-control table to download', async () => {
    const store = await incidentsOnly();
    store.getState().showRange(Date.parse('2021-03-02T00:00+03:00'), Date.parse('2021-03-05T23:59+03:00'));
    renderWith(store, <ExportDialog open onClose={() => {}} />);
    expect(screen.getByText(`${NO_AREAS} The file holds the range’s incidents, with their sources: GeoJSON (RFC 7946).`)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Changes (GeoJSON)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Changes (CSV)' })).toBeNull();
    expect(screen.getByText(/^GeoJSON \(RFC 7946\): the incidents on the map, with their sources/)).toBeTruthy();
  });
});
