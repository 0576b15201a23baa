// What changed over a long range (the benchmark's smallest synthetic dataset, every day of it): the
// counts say every incident and claim, while each long list renders only a window of its rows, each
// saying where it stands among all of them; a row's button still selects its incident.
import { beforeAll, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { loadDataset } from '../../src/core/dataset';
import { HOUR } from '../../src/core/time';
import type { Dataset } from '../../src/core/types';
import { selectRangeSummary } from '../../src/store/range-summary-selector';
import { createAppStore, type AppStore } from '../../src/store/store';
import { ControlChangeList } from '../../src/ui/panels/ControlChangeList';
import { RangeClaimList } from '../../src/ui/panels/RangeClaimList';
import { RangeIncidentList } from '../../src/ui/panels/RangeIncidentList';
import { useApp } from '../../src/ui/store-context';
import { generate, SIZES } from '../../bench/generate';
import { renderWith } from './render-app';

let dataset: Dataset;

beforeAll(async () => {
  const { manifest, files } = generate(SIZES[0] as (typeof SIZES)[number]);
  const texts: Record<string, string> = { 'dataset.json': JSON.stringify(manifest) };
  for (const [name, json] of Object.entries(files)) texts[name] = JSON.stringify(json);
  const loaded = await loadDataset('dataset.json', async (p) => texts[p] as string);
  if (!loaded.dataset) throw new Error('the synthetic dataset did not load');
  dataset = loaded.dataset;
}, 30_000);

function syntheticStore(): AppStore {
  const store = createAppStore();
  store.getState().setLoadResult(dataset, []);
  store.getState().showRange(dataset.start, dataset.end);
  return store;
}

/** The panel's lists of incidents and of claims, as What changed shows them for the range in the store. */
function RangeLists() {
  const summary = useApp(selectRangeSummary);
  if (!summary) return null;
  return <><RangeIncidentList byType={summary.byType} count={summary.incidents.length} /><RangeClaimList claims={summary.claims} /></>;
}

const countIn = (text: string | null) => Number(/\(([\d,]+)\)/.exec(text ?? '')?.[1]?.replace(/,/g, ''));

// Lists of hundreds of rows (before windowing) in jsdom: seconds on a busy shared machine.
describe('What changed over a long range', { timeout: 30_000 }, () => {
  it('renders a window of each long list, each row placed among all of them', async () => {
    const store = syntheticStore();
    renderWith(store, <RangeLists />);
    expect(countIn(screen.getByRole('heading', { name: /^Incidents in this range/ }).textContent)).toBe(1000);
    const count = countIn(screen.getByRole('heading', { name: /^Clash/ }).textContent);
    expect(count).toBeGreaterThan(40);
    const rows = within(screen.getByRole('list', { name: /^Clash/ })).getAllByRole('listitem');
    expect(rows.length).toBeLessThan(count);
    expect(rows.every((li) => li.getAttribute('aria-setsize') === String(count))).toBe(true);
    expect(rows[0]?.getAttribute('aria-posinset')).toBe('1');
    // A fifth of the synthetic incidents carry a claim: a long list, windowed too.
    const claimRows = within(screen.getByRole('list', { name: 'Generator' })).getAllByRole('listitem');
    expect(Number(claimRows[0]?.getAttribute('aria-setsize'))).toBeGreaterThan(claimRows.length);
    await userEvent.setup().click(within(rows[1] as HTMLElement).getByRole('button'));
    expect(store.getState().selectedId).toBe(rows[1]?.dataset.id);
    expect(store.getState().span).toBe('range');
  });

  it('keeps the counts and windows in step as the range\'s end moves back', () => {
    const store = syntheticStore();
    renderWith(store, <RangeLists />);
    const { rangeStart, time } = store.getState();
    act(() => store.getState().showRange(rangeStart as number, time - 45 * 24 * HOUR));
    const total = countIn(screen.getByRole('heading', { name: /^Incidents in this range/ }).textContent);
    expect(total).toBeGreaterThan(400);
    expect(total).toBeLessThan(600);
    const count = countIn(screen.getByRole('heading', { name: /^Clash/ }).textContent);
    const rows = within(screen.getByRole('list', { name: /^Clash/ })).getAllByRole('listitem');
    expect(rows.every((li) => li.getAttribute('aria-setsize') === String(count))).toBe(true);
  });

  it('lists the changes of control in time order as the range\'s end moves, in groups that render as one', () => {
    const store = syntheticStore();
    const { rangeStart, time } = store.getState();
    const shown = (el: Element) => [...el.querySelectorAll('li[data-change]')].map((li) => (li as HTMLElement).dataset.change);
    const moved = renderWith(store, <MovingChangeList />);
    for (const end of [time - 45 * 24 * HOUR, time - 44 * 24 * HOUR, time - 60 * 24 * HOUR, time - 59 * 24 * HOUR + 7 * HOUR]) {
      act(() => store.getState().showRange(rangeStart as number, end));
      const afresh = renderWith(store, <ControlChangeList areas={selectRangeSummary(store.getState())?.areas ?? []} />);
      const expected = shown(afresh.container);
      expect(expected.length).toBeGreaterThan(32);
      expect(shown(moved.container)).toEqual(expected);
      afresh.unmount();
    }
  });
});

/** The changes of control of the range in the store, following it as What changed does. */
function MovingChangeList() {
  const summary = useApp(selectRangeSummary);
  return summary ? <ControlChangeList areas={summary.areas} /> : null;
}

