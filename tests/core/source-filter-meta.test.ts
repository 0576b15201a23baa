import { describe, expect, it } from 'vitest';
import { buildChanges } from '../../src/core/changes-geojson';
import { indexDataset } from '../../src/core/dataset-index';
import { summarizeRange } from '../../src/core/range-summary';
import { filterBySources } from '../../src/core/source-filter';
import { sourceFilterFileTag } from '../../src/core/source-filter-meta';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';

describe('exports through the source lens', async () => {
  const dataset = await loadValid(BUILTIN);
  const range = { start: Date.parse('2016-04-20T00:00+03:00'), end: Date.parse('2016-04-23T23:59:59+03:00') };

  it('say which filter made them, and what it left out', () => {
    const filter = { hiddenKinds: ['reference', 'research_notes'] as const, hiddenSources: ['fars'] };
    const lens = filterBySources(dataset, { hiddenKinds: [...filter.hiddenKinds], hiddenSources: filter.hiddenSources });
    const changes = buildChanges(lens.dataset, summarizeRange(lens.dataset, indexDataset(lens.dataset), range), {
      generator: 'test', sources: { filter: { hiddenKinds: [...filter.hiddenKinds], hiddenSources: filter.hiddenSources }, lens },
    });
    expect(changes.changes.filters.sources).toEqual({
      hidden_kinds: ['reference', 'research_notes'], hidden_sources: ['fars'], link_value: '-kind:research_notes,-kind:reference,-fars',
      records_left_out: { incidents: 1, control_changes: 1, casualty_claims: 4 }, unsupported_starting_holders: [],
    });
    expect(JSON.stringify(changes)).not.toMatch(/"bakery-contested"/);
    expect(sourceFilterFileTag({ filter: { hiddenKinds: [], hiddenSources: ['fars'] }, lens })).toBe('_some-sources');
  });

  it('say nothing of sources without a filter', () => {
    const changes = buildChanges(dataset, summarizeRange(dataset, indexDataset(dataset), range), { generator: 'test', sources: null });
    expect('sources' in changes.changes.filters).toBe(false);
    expect(sourceFilterFileTag(null)).toBe('');
  });
});
