// The Claims switch in the store and its link: claims=1 opens it on, turning it off drops it from the link.
import { describe, expect, it } from 'vitest';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';
import { linkedStores } from '../helpers/linked-store';

describe('the Claims switch and links (built-in dataset)', async () => {
  const dataset = await loadValid(BUILTIN);
  const { open, link } = linkedStores(dataset);

  it('opens with the switch on for claims=1, and off without it', () => {
    const store = open('?t=2016-04-23&claims=1');
    expect(store.getState().claims).toBe(true);
    expect(link(store)).toBe('?t=2016-04-23&claims=1');
    expect(open('?t=2016-04-23').getState().claims).toBe(false);
  });

  it('writes the switch into the link as it is turned on and off', () => {
    const store = open('?t=2016-04-23');
    store.getState().setClaims(true);
    expect(link(store)).toBe('?t=2016-04-23&claims=1');
    store.getState().setClaims(false);
    expect(link(store)).toBe('?t=2016-04-23');
  });

  it('turns the switch off for another dataset, with the rest of the view', () => {
    const store = open('?claims=1');
    store.getState().replaceDataset(dataset, [], store.getState().origin);
    expect(store.getState().claims).toBe(false);
  });
});
