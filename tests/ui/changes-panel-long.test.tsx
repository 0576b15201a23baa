// What changed over a long range (the benchmark's smallest synthetic dataset, every day of it): the
// counts say every incident and claim, while each long list renders only a window of its rows, each
// saying where it stands among all of them; a row's button still selects its incident.
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { loadDataset } from '../../src/core/dataset';
import { HOUR } from '../../src/core/time';
import { createAppStore, type AppStore } from '../../src/store/store';
import { ChangesPanel } from '../../src/ui/panels/ChangesPanel';
import { generate, SIZES } from '../../bench/generate';
import { renderWith } from './render-app';

async function syntheticStore(): Promise<AppStore> {
  const { manifest, files } = generate(SIZES[0] as (typeof SIZES)[number]);
  const texts: Record<string, string> = { 'dataset.json': JSON.stringify(manifest) };
  for (const [name, json] of Object.entries(files)) texts[name] = JSON.stringify(json);
  const { dataset } = await loadDataset('dataset.json', async (p) => texts[p] as string);
  if (!dataset) throw new Error('the synthetic dataset did not load');
  const store = createAppStore();
  store.getState().setLoadResult(dataset, []);
  store.getState().showRange(dataset.start, dataset.end);
  return store;
}

describe('What changed over a long range', () => {
  it('renders a window of each long list, each row placed among all of them', async () => {
    const store = await syntheticStore();
    renderWith(store, <ChangesPanel />);
    const heading = await screen.findByRole('heading', { name: /^Incidents in this range \([\d,]+\)$/ });
    const total = Number(/\(([\d,]+)\)/.exec(heading.textContent ?? '')?.[1]?.replace(/,/g, ''));
    expect(total).toBe(1000);
    const clashes = screen.getByRole('list', { name: /^Clash/ });
    const count = Number(/\(([\d,]+)\)/.exec(screen.getByRole('heading', { name: /^Clash/ }).textContent ?? '')?.[1]);
    expect(count).toBeGreaterThan(40);
    const rows = within(clashes).getAllByRole('listitem');
    expect(rows.length).toBeLessThan(count);
    expect(rows.every((li) => li.getAttribute('aria-setsize') === String(count))).toBe(true);
    expect(rows[0]?.getAttribute('aria-posinset')).toBe('1');
    // Every claim is one of the synthetic incidents' (a fifth of them have one), listed in a window too.
    const claims = screen.getByRole('list', { name: 'Generator' });
    const claimRows = within(claims).getAllByRole('listitem');
    expect(Number(claimRows[0]?.getAttribute('aria-setsize'))).toBeGreaterThan(claimRows.length);
    await userEvent.setup().click(within(rows[1] as HTMLElement).getByRole('button'));
    expect(store.getState().selectedId).toBe(rows[1]?.dataset.id);
    expect(store.getState().span).toBe('range');
  });

  it('keeps the counts and windows in step as the range\'s end moves back', async () => {
    const store = await syntheticStore();
    renderWith(store, <ChangesPanel />);
    await screen.findByRole('heading', { name: /^Incidents in this range \(1,000\)$/ });
    const { rangeStart, time } = store.getState();
    act(() => store.getState().showRange(rangeStart as number, time - 45 * 24 * HOUR));
    const heading = screen.getByRole('heading', { name: /^Incidents in this range/ });
    const total = Number(/\(([\d,]+)\)/.exec(heading.textContent ?? '')?.[1]?.replace(/,/g, ''));
    expect(total).toBeGreaterThan(400);
    expect(total).toBeLessThan(600);
    const count = Number(/\(([\d,]+)\)/.exec(screen.getByRole('heading', { name: /^Clash/ }).textContent ?? '')?.[1]);
    const rows = within(screen.getByRole('list', { name: /^Clash/ })).getAllByRole('listitem');
    expect(rows.every((li) => li.getAttribute('aria-setsize') === String(count))).toBe(true);
  });
});
