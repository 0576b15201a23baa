// The source lens in the store and its links: sources= applied from a link and written back, the
// dataset shown beside the dataset as loaded, and every source again without a link's sources=.
import { describe, expect, it } from 'vitest';
import { applyLens } from '../../src/app/apply-lens';
import { readLink, writeLink } from '../../src/core/link';
import { applyLink, linkStateOf } from '../../src/store/link-state';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';
import { linkedStores } from '../helpers/linked-store';

describe('the source lens in the store (built-in dataset)', async () => {
  const dataset = await loadValid(BUILTIN);
  const { ctx, open } = linkedStores(dataset, { after: applyLens });

  it('applies sources= from a link, and writes it back as it was', () => {
    const store = open('?t=2016-04-21&sources=-kind:government_outlet');
    const s = store.getState();
    expect(s.fullDataset).toBe(dataset);
    expect(s.dataset?.incidents).toHaveLength(dataset.incidents.length - 2);
    expect(s.index?.incidents.byId.has('sootoro-counter-attack')).toBe(false);
    expect(writeLink(linkStateOf(s), ctx.timeZone)).toBe('?t=2016-04-21&sources=-kind:government_outlet');
  });

  it('shows every source again when a link (Back, Forward) has no sources=', () => {
    const store = open('?sources=-fars');
    expect(store.getState().sourceLens).not.toBeNull();
    applyLink(store, readLink('?t=2016-04-22', ctx).state);
    expect(store.getState().sources).toBeNull();
    expect(store.getState().dataset).toBe(dataset);
    expect(writeLink(linkStateOf(store.getState()), ctx.timeZone)).toBe('?t=2016-04-22');
  });

  it('starts an imported dataset with every source shown', () => {
    const store = open('?sources=-fars');
    store.getState().replaceDataset({ ...dataset }, [], store.getState().origin);
    expect(store.getState().sources).toBeNull();
    expect(store.getState().sourceLens).toBeNull();
  });
});
