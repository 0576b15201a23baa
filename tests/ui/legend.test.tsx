import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/preact';
import { DEFAULT_LAYERS } from '../../src/core/default-vocabulary';
import { moreEn } from '../../src/i18n/more-en';
import { Legend } from '../../src/ui/panels/Legend';
import { fixtureStore, renderWith } from './render-app';

describe('Legend', () => {
  it('names the timeline\'s rows of marks in order, each with a mark of its own shape', async () => {
    renderWith(await fixtureStore(), <Legend />);
    expect(screen.getByRole('heading', { name: 'Timeline' })).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    const rows = DEFAULT_LAYERS.map((layer) => items.find((li) => li.textContent === moreEn.layerLabels[layer.id]));
    expect(rows.every((row) => row !== undefined)).toBe(true);
    // Top to bottom, as on the timeline.
    const positions = rows.map((row) => items.indexOf(row as HTMLElement));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const marks = rows.map((row) => row?.querySelector('svg')?.innerHTML);
    expect(new Set(marks).size).toBe(DEFAULT_LAYERS.length);
    expect(screen.getByText(/^Diamond: control changed hands/)).toBeTruthy();
  });
});
