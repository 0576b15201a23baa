// What the map shows by colour, pattern and position, the table and the list say in text: for the
// built-in dataset at one moment, read by role as a screen reader would.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import { incidentWhen } from '../../src/core/incident-when';
import { en } from '../../src/i18n/en';
import { createAppStore } from '../../src/store/store';
import { selectAreaStates, selectVisibleIncidents } from '../../src/store/selectors';
import { ControlTable } from '../../src/ui/panels/ControlTable';
import { IncidentList } from '../../src/ui/panels/IncidentList';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';
import { renderWith } from './render-app';

const MOMENT = Date.parse('2016-04-21T14:30:00+03:00');

async function builtinAt(time: number) {
  const store = createAppStore({ time });
  store.getState().setLoadResult(await loadValid(BUILTIN), []);
  return store;
}

/** Every element of a role with its accessible name, in page order. */
function namesOf(container: HTMLElement, role: string): string[] {
  const names: string[] = [];
  within(container).getAllByRole(role, { name: (name) => { names.push(name); return true; } });
  return names;
}

/** What the text says about how precise a time is, by the record's precision. */
const PRECISION_WORDING: Record<string, RegExp> = {
  minute: /\d\d:\d\d/, hour: /\(to the hour\)/, approximate: /about \d\d:\d\d/,
  part_of_day: /morning|afternoon|evening|night|time of day approximate/, day: /\(time of day unknown\)/,
};

describe('text alternatives to the map', () => {
  it('"Who controls what" has a caption, scoped headers, and each area\'s holder, contested state and since when', async () => {
    const store = await builtinAt(MOMENT);
    renderWith(store, <ControlTable />);
    const table = screen.getByRole('table', { name: 'Who controls what' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Area', 'Held by', 'Since']);
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col']);

    const { dataset } = store.getState();
    const states = selectAreaStates(store.getState());
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(states.length);
    expect(states.some((s) => s.contested)).toBe(true);
    for (const state of states) {
      const site = dataset?.sites.find((s) => s.id === state.site);
      const area = within(table).getByRole('rowheader', { name: site?.properties.name.en });
      expect(area.getAttribute('scope')).toBe('row');
      const cells = within(area.closest('tr') as HTMLElement).getAllByRole('cell');
      const holder = dataset?.actors.find((a) => a.id === state.controller);
      expect(cells[0]?.textContent).toBe(`${holder?.short}${state.contested ? ' (contested)' : ''}`);
      expect(cells[1]?.textContent).toMatch(/April 2016/);
    }
  });

  it('the incident list names each incident\'s type, time (with its precision) and place (saying when it is approximate)', async () => {
    const store = await builtinAt(MOMENT);
    renderWith(store, <IncidentList />);
    const list = screen.getByRole('list', { name: 'Incidents' });
    const { dataset, index } = store.getState();
    const incidents = index?.incidents.incidents ?? [];
    const names = namesOf(list, 'button');
    expect(names).toHaveLength(incidents.length);
    const onMap = new Set(selectVisibleIncidents(store.getState()).map((i) => i.id));
    expect(onMap.size).toBeGreaterThan(0);

    incidents.forEach((incident, i) => {
      const name = names[i] ?? '';
      expect(name.startsWith(`${incident.title} ${en.incidentTypes[incident.type as keyof typeof en.incidentTypes]} · `), name).toBe(true);
      expect(name).toContain(incidentWhen(incident, 'Asia/Damascus'));
      expect(name).toMatch(PRECISION_WORDING[incident.time_precision] as RegExp);
      const site = dataset?.sites.find((s) => s.id === incident.location.site);
      expect(name).toContain(site ? site.properties.name.en : 'Location given as a point');
      const uncertainBy = incident.location.precision_m ?? site?.properties.location_precision_m;
      if (uncertainBy) expect(name).toMatch(/\(position uncertain by about [\d.]+ k?m\)/);
      else expect(name).not.toMatch(/position uncertain/);
      expect(name.includes('on the map'), `${incident.id} on the map`).toBe(onMap.has(incident.id));
    });
  });
});
