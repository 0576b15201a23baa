import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { ControlTable } from '../../src/ui/panels/ControlTable';
import { IncidentList } from '../../src/ui/panels/IncidentList';
import { LayerToggles } from '../../src/ui/panels/LayerToggles';
import { AboutPanel } from '../../src/ui/panels/AboutPanel';
import { fixtureStore, renderWith } from './render-app';

const at = (iso: string) => Date.parse(iso);

describe('Who controls what', () => {
  it('has a row per area with its controller and since when, updated as time moves', async () => {
    const store = await fixtureStore();
    renderWith(store, <ControlTable />);
    const table = screen.getByRole('table', { name: 'Who controls what' });
    const row = () => within(table).getByRole('rowheader', { name: 'The jail' }).closest('tr') as HTMLElement;
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(row().textContent).toMatch(/Blue.*before 20 April 2016/);

    act(() => store.getState().setTime(at('2016-04-20T18:00:00+03:00')));
    expect(row().textContent).toMatch(/Blue \(contested\)/);

    act(() => store.getState().setTime(at('2016-04-22T00:00:00+03:00')));
    expect(row().textContent).toMatch(/Orange/);
    expect(row().textContent).toMatch(/21 April 2016, 12:00 \(to the hour\)/);
  });
});

describe('Incident list', () => {
  it('marks what is on the map now and moves the time to an incident when clicked', async () => {
    const store = await fixtureStore();
    renderWith(store, <IncidentList />);
    const list = screen.getByRole('list', { name: 'Incidents' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByText('No incidents on the map at this time.')).toBeTruthy();

    await userEvent.setup().click(within(list).getByRole('button', { name: /Jail captured/ }));
    expect(store.getState().selectedId).toBe('jail-capture');
    expect(store.getState().time).toBe(at('2016-04-21T12:00:00+03:00'));
    const selected = within(list).getByRole('button', { name: /Jail captured/ });
    expect(selected.getAttribute('aria-current')).toBe('true');
    expect(selected.textContent).toMatch(/on the map/);
    expect(screen.getByText(/^3 on the map/)).toBeTruthy();
  });

  it('says when a layer hides an incident', async () => {
    const store = await fixtureStore();
    renderWith(store, <><LayerToggles /><IncidentList /></>);
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Mortar and artillery fire' }));
    expect(store.getState().layers).not.toContain('mortar');
    expect(screen.getByRole('button', { name: /Shelling/ }).textContent).toMatch(/layer hidden/);
  });
});

describe('About', () => {
  it('lists every source and says which shapes are schematic', async () => {
    const store = await fixtureStore();
    renderWith(store, <AboutPanel />);
    expect(screen.getByText('Sources (2)')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Test Wire/ }).getAttribute('href')).toBe('https://example.org/a');
    expect(screen.getByText(/Other Desk/).closest('a')).toBeNull();
    expect(screen.getByText('Schematic zones (not surveyed boundaries)').nextElementSibling?.textContent).toBe('North district, South district');
  });

  it('shows the changelog: each version with its date, what changed, why and the records touched, folded when long', async () => {
    const store = await fixtureStore();
    const dataset = store.getState().dataset!;
    // Invented corrections to the fixture's invented records.
    const fix = (n: number) => ({
      id: `fix-${n}`, version: '0.0.2', date: '2026-11-30', records: [{ file: 'incidents' as const, id: 'jail-capture' }],
      what: `Invented correction ${n}.`, why: `Invented reason ${n}.`,
    });
    const older = { ...fix(9), version: '0.0.1', date: '2026-10-01', records: [{ file: 'control' as const, id: 'jail-taken', removed: true }] };
    store.getState().setLoadResult({ ...dataset, changelog: [fix(1), fix(2), fix(3), fix(4), older] }, []);
    renderWith(store, <AboutPanel />);
    const section = screen.getByRole('region', { name: 'Corrections and changes to the data' });
    const latest = within(section).getByText('Version 0.0.2, 30 November 2026: 4 changes').closest('details')!;
    const first = within(section).getByText('Version 0.0.1, 1 October 2026: 1 change').closest('details')!;
    expect(latest.open).toBe(false); // four corrections: folded
    expect(first.open).toBe(true);
    await userEvent.setup().click(within(latest).getByText(/Version 0\.0\.2/));
    expect(latest.open).toBe(true);
    const items = within(within(section).getByRole('list', { name: 'Changes in version 0.0.2' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual(['Invented correction 1.', 'Invented correction 2.', 'Invented correction 3.', 'Invented correction 4.']);
    expect(items[0]?.textContent).toContain('Why: Invented reason 1.');
    expect(items[0]?.textContent).toContain('Records: incidents › jail-capture');
    const removed = within(within(section).getByRole('list', { name: 'Changes in version 0.0.1' })).getByRole('listitem');
    expect(removed.textContent).toContain('control › jail-taken (removed)');
  });

  it('has no changelog section for a dataset without one', async () => {
    const store = await fixtureStore();
    renderWith(store, <AboutPanel />);
    expect(screen.getByText('Sources (2)')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Corrections and changes to the data' })).toBeNull();
  });
});

describe('names in the reader\'s language', () => {
  it('shows Arabic names where recorded, and English, marked, where not', async () => {
    const store = await fixtureStore();
    store.setState({ lang: 'ar' });
    renderWith(store, <ControlTable />);
    const table = screen.getByRole('table', { name: 'Who controls what' });
    const arabic = within(table).getByRole('rowheader', { name: 'الحي الشمالي' });
    expect(arabic.querySelector('[lang="ar"]')).not.toBeNull();
    const fallback = within(table).getByRole('rowheader', { name: /South district/ });
    expect(fallback.textContent).toMatch(/English; no Arabic name recorded/);
    expect(fallback.querySelector('[lang="en"]')?.getAttribute('title')).toBe('No Arabic name recorded; English shown');
  });
});
