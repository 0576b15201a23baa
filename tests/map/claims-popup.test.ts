// An area's popup sets the claims in force beside the map's assessment: claimant, the holder each
// names, whether it claims otherwise, and its sources, as the popup lists sources.
import { screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { buildControlIndex, areaStateAt } from '../../src/core/control';
import { en } from '../../src/i18n/en';
import { areaPopup, sitePopup, type PopupContext } from '../../src/map/popup';
import { loadRaw, miniWithClaims } from '../helpers/claims-dataset';

afterEach(() => document.body.replaceChildren());

describe('claims in an area\'s popup (invented fixture)', async () => {
  const d = await loadRaw(miniWithClaims());
  const index = buildControlIndex(d);
  const site = (id: string) => d.sites.find((s) => s.id === id)!;
  const ctx = (iso: string, lang: 'en' | 'ar' = 'en'): PopupContext => ({
    timeZone: d.manifest.timezone,
    sources: new Map(d.sources.map((s) => [s.id, s])),
    actors: new Map(d.actors.map((a) => [a.id, a])),
    sites: new Map(d.sites.map((s) => [s.id, s])),
    placeName: (n) => n.en,
    words: () => en,
    lang: () => lang,
    now: () => Date.parse(iso),
  });
  const show = (id: string, iso: string) => {
    const state = areaStateAt(index, id, Date.parse(iso))!;
    const body = site(id).geometry.type === 'Point' ? sitePopup(site(id), state, ctx(iso)) : areaPopup(site(id), state, ctx(iso));
    document.body.append(body);
    return body;
  };

  it('shows the assessment, then each claim with its claimant, holder and sources', () => {
    const body = show('jail', '2016-04-22T06:00:00+03:00');
    const block = screen.getByRole('heading', { name: 'Assessment and claims' }).parentElement as HTMLElement;
    const items = within(block).getAllByRole('listitem').filter((li) => li.parentElement?.parentElement === block);
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(['This map’s assessment: ', 'Orange says: Orange holds it', 'Blue says: Blue holds it']);
    expect(items[0]?.textContent).toContain('Orange force');
    expect(items[1]?.textContent).toMatch(/supports the assessment/);
    expect(items[2]?.textContent).toMatch(/claims otherwise; a claim only; from 22 April 2016, 00:00/);
    expect(within(items[2] as HTMLElement).getByRole('link', { name: /Test Wire, “Invented report A”/ }).getAttribute('href')).toBe('https://example.org/a');
    expect(items[2]?.textContent).toContain('Other Desk, “Invented report B”');
    expect(body.querySelector('[data-claimant="blue"]')?.className).toBe('is-otherwise');
  });

  it('shows it in an area\'s popup too, and leaves it out when no claim is in force at the moment shown', () => {
    show('south', '2016-04-21T13:00:00+03:00');
    expect(screen.getByRole('heading', { name: 'Assessment and claims' }).parentElement?.textContent).toMatch(/Blue says: Blue holds it \(claims otherwise; a claim only\)/);
    document.body.replaceChildren();
    show('north', '2016-04-21T13:00:00+03:00');
    expect(screen.queryByRole('heading', { name: 'Assessment and claims' })).toBeNull();
  });
});
