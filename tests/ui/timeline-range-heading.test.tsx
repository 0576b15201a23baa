// The timeline's heading while a range is shown: both ends, each as short as the other allows, one
// day named whole, in the reader's language, each end isolated from the dash between them.
import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/preact';
import { ar } from '../../src/i18n/ar';
import { ku } from '../../src/i18n/ku';
import { Timeline } from '../../src/ui/timeline/Timeline';
import { fixtureStore, renderWith } from './render-app';

const at = (local: string) => Date.parse(`${local}+03:00`);
/** The heading is for sighted readers only (aria-hidden: the slider says the same), so it is found by its class. */
const heading = (container: Element) => container.querySelector('.timeline-now strong');
const ends = (container: Element) => [...container.querySelectorAll('.timeline-now strong bdi')].map((b) => b.textContent);

async function shown(range: [string, string] | [number, number], lang?: 'ar' | 'ku') {
  const store = await fixtureStore();
  if (lang) act(() => { store.getState().setLang(lang); store.getState().setMessages(lang, lang === 'ar' ? ar : ku); });
  const [start, end] = range.map((r) => (typeof r === 'number' ? r : at(r))) as [number, number];
  act(() => store.getState().showRange(start, end));
  const { container } = renderWith(store, <Timeline />);
  // The range's heading loads with its handles, on demand.
  await waitFor(() => expect(container.querySelector('.timeline-now.is-range')).not.toBeNull());
  return { store, container };
}

describe('the timeline heading of a range', () => {
  it('names both ends; the end of a range within a day by its clock alone', async () => {
    const { container } = await shown(['2016-04-21T10:00', '2016-04-21T16:00']);
    expect(heading(container)?.textContent).toBe('Thu 21 Apr 2016, 10:00 – 16:00');
    expect(ends(container)).toEqual(['Thu 21 Apr 2016, 10:00', '16:00']);
    expect(container.querySelector('.timeline-now')?.textContent).toMatch(/local time \(UTC\+03:00, /);
  });

  it('names each end\'s day where the range crosses days', async () => {
    const { container } = await shown(['2016-04-20T18:00', '2016-04-22T06:30']);
    expect(ends(container)).toEqual(['Wed 20 Apr 2016, 18:00', 'Fri 22 Apr 2016, 06:30']);
  });

  it('names whole days by their dates alone, and a single whole day as one', async () => {
    const { container } = await shown([at('2016-04-20T00:00'), at('2016-04-23T00:00') - 1]);
    expect(ends(container)).toEqual(['Wed 20 Apr 2016', 'Fri 22 Apr 2016']);
    const day = await shown([at('2016-04-21T00:00'), at('2016-04-22T00:00') - 1]);
    expect(heading(day.container)?.textContent).toBe('Thu 21 Apr 2016, whole day');
    expect(ends(day.container)).toEqual([]);
  });

  it('goes back to the moment when the range is cleared', async () => {
    const { store, container } = await shown(['2016-04-21T10:00', '2016-04-21T16:00']);
    act(() => store.getState().clearRange());
    expect(container.querySelector('.timeline-now.is-range')).toBeNull();
    expect(heading(container)?.textContent).toBe('Thu 21 Apr 2016, 16:00');
  });

  it('in Arabic and Kurmanji: the ends in the reader\'s words and digits, start first', async () => {
    const arabic = await shown(['2016-04-20T18:00', '2016-04-22T06:30'], 'ar');
    expect(ends(arabic.container)).toEqual(['الأربعاء ٢٠ نيسان ٢٠١٦، ١٨:٠٠', 'الجمعة ٢٢ نيسان ٢٠١٦، ٠٦:٣٠']);
    const kurmanji = await shown(['2016-04-21T10:00', '2016-04-21T16:00'], 'ku');
    expect(ends(kurmanji.container)).toEqual([expect.stringMatching(/ 21 nîsan 2016, 10:00$/), '16:00']);
    expect(kurmanji.container.querySelector('.timeline-now')?.textContent).toContain('dema herêmî');
  });
});
