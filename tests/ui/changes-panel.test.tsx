import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { createAppStore, type AppStore } from '../../src/store/store';
import { endOfLocalDay } from '../../src/core/time-range';
import { ChangesPanel } from '../../src/ui/panels/ChangesPanel';
import { App } from '../../src/ui/App';
import { ar } from '../../src/i18n/ar';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';
import { renderWith } from './render-app';

// The map is not what these tests are about, and jsdom cannot draw it: the page is tested without it.
vi.mock('../../src/ui/MapHost', () => ({ MapHost: () => null }));

const TZ = 'Asia/Damascus';

/** The built-in dataset with the range from the start of 20 April to the end of 23 April shown. */
async function rangeStore(): Promise<AppStore> {
  const store = createAppStore();
  store.getState().setLoadResult(await loadValid(BUILTIN), []);
  store.getState().showRange(Date.parse('2016-04-20T00:00:00+03:00'), endOfLocalDay(Date.parse('2016-04-23T12:00:00+03:00'), TZ));
  return store;
}

describe('What changed', () => {
  it('lists Allaya prison\'s change of control, from the government to the Asayish, with when and its sources', async () => {
    const store = await rangeStore();
    renderWith(store, <ChangesPanel />);
    expect(await screen.findByRole('heading', { name: 'What changed', level: 2 })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Changes of control, in time order' });
    const items = within(list).getAllByRole('listitem').filter((li) => li.dataset.change !== undefined);
    const capture = items.find((li) => li.dataset.change === 'allaya-prison-captured') as HTMLElement;
    expect(within(capture).getByRole('heading', { name: 'Allaya prison' })).toBeTruthy();
    expect(capture.textContent).toMatch(/Government.*→.*Asayish/);
    expect(capture.textContent).toMatch(/21 April 2016, 12:00 \(to the hour\)/);
    expect(capture.querySelector('summary')?.textContent).toBe('Sources (6)');
    const sources = within(capture).getByRole('list', { name: 'Sources' });
    const rt = within(sources).getByRole('link', { name: /^RT, “Kurds take over prison/ });
    expect(rt.getAttribute('href')).toBe('https://www.rt.com/news/340542-kurds-qamishli-syria-army/');
    expect(within(sources).getAllByRole('listitem')).toHaveLength(6);
    // In time order: the besieging of 20 April comes before the capture of 21 April.
    const order = items.map((li) => li.dataset.change);
    expect(order.indexOf('allaya-prison-besieged')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('allaya-prison-besieged')).toBeLessThan(order.indexOf('allaya-prison-captured'));
  });

  it('says per actor how many areas were gained and lost, and how exact their km² are', async () => {
    const store = await rangeStore();
    renderWith(store, <ChangesPanel />);
    const table = await screen.findByRole('table', { name: /Areas gained and lost/ });
    const row = (actor: string) => within(table).getByRole('rowheader', { name: actor }).closest('tr') as HTMLElement;
    const [gained, lost] = within(row('Asayish')).getAllByRole('cell');
    expect(gained?.textContent).toMatch(/^2 areas, [\d.]+ km² \((approximate|schematic)\)/);
    expect(lost?.textContent).toBe('none');
    expect(within(row('Government')).getAllByRole('cell')[1]?.textContent).toMatch(/^1 area\b/);
  });

  it('lists casualty figures per claimant, never added up', async () => {
    const store = await rangeStore();
    renderWith(store, <ChangesPanel />);
    const claims = (claimant: string) => screen.getByRole('list', { name: claimant });
    await screen.findByRole('heading', { name: 'Casualty figures, as claimed' });
    // Three claimants' figures for the prisoners of Allaya (45, 67, 50), each under its own claimant.
    expect(within(claims('Firat News Agency (ANF), via RT')).getAllByRole('listitem')[0]?.textContent).toMatch(/^67 .+ surrendered — Kurdish forces capture Allaya prison$/);
    expect(within(claims('AFP')).getAllByRole('listitem')[0]?.textContent).toMatch(/^about 50 .+ surrendered — Kurdish forces capture Allaya prison$/);
    // One claimant's figures stay apart too: 8 and 3 killed are two lines, not 11.
    const akhbar = within(claims('Akhbar al-Aan')).getAllByRole('listitem').map((li) => li.textContent);
    expect(akhbar).toHaveLength(5);
    expect(akhbar.slice(0, 2)).toEqual(['8 NDF and regime forces killed — Fighting spreads across the city', '3 Asayish killed — Fighting spreads across the city']);
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/\b162\b/);
  });

  it('lists the incidents of the range by type; a button selects one and keeps the range', async () => {
    const store = await rangeStore();
    renderWith(store, <ChangesPanel />);
    const heading = await screen.findByRole('heading', { name: /^Incidents in this range \(\d+\)$/ });
    const total = Number(/\((\d+)\)/.exec(heading.textContent ?? '')?.[1]);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(total);
    await userEvent.setup().click(screen.getByRole('button', { name: /Kurdish forces capture Allaya prison/ }));
    expect(store.getState().selectedId).toBe('prison-capture');
    expect(store.getState().span).toBe('range');
    expect(screen.getByRole('button', { name: /Kurdish forces capture Allaya prison/ }).getAttribute('aria-current')).toBe('true');
  });

  it('is in Arabic when the page is', async () => {
    const store = await rangeStore();
    act(() => { store.getState().setLang('ar'); store.getState().setMessages('ar', ar); });
    renderWith(store, <ChangesPanel />);
    expect(await screen.findByRole('heading', { name: 'ما الذي تغيّر' })).toBeTruthy();
    expect(await screen.findByRole('list', { name: 'تغيّرات السيطرة، بترتيبها الزمني' })).toBeTruthy();
  });

  it('takes in a move of the range\'s end in the page\'s idle time, after the map, and says it is behind in a scrub', async () => {
    // The page's idle time, handed out by the test.
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    try {
      const store = await rangeStore();
      const { container } = renderWith(store, <ChangesPanel />);
      const summary = await screen.findByText(/^From 20 April 2016, 00:00 to 23 April 2016, 23:59/);
      const part = container.querySelector('.follows-when-idle') as HTMLElement;
      const { rangeStart, time } = store.getState();
      // Three moves of the end in quick succession, as a held Shift+ArrowLeft makes them.
      for (let hours = 1; hours <= 3; hours++) act(() => store.getState().showRange(rangeStart as number, time - hours * 3_600_000));
      expect(summary.textContent).toMatch(/to 23 April 2016, 23:59/);
      expect(idle).toHaveLength(1);
      await waitFor(() => expect(part.getAttribute('aria-busy')).toBe('true'));
      act(() => idle.shift()?.({ didTimeout: false, timeRemaining: () => 50 }));
      expect(summary.textContent).toMatch(/to 23 April 2016, 20:59/);
      expect(part.getAttribute('aria-busy')).toBe('false');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('is in the sidebar while a range is shown, and absent for a moment', async () => {
    const store = await rangeStore();
    renderWith(store, <App />);
    expect(await screen.findByRole('heading', { name: 'What changed' })).toBeTruthy();
    act(() => store.getState().setTime(Date.parse('2016-04-21T12:00:00+03:00')));
    expect(screen.queryByRole('heading', { name: 'What changed' })).toBeNull();
    expect(screen.getByRole('table', { name: 'Who controls what' })).toBeTruthy();
  });
});
