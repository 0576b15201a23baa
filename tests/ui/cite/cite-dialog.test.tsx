// The Cite dialog, by role and label: the dataset (from the header) or one record (from a popup) at
// the view shown, in four formats, each carrying the permalink with the data's version (v=).
import { act, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sitePublisher } from '../../../src/app/site-publisher';
import { ar } from '../../../src/i18n/ar';
import type { AppStore } from '../../../src/store/store';
import { CiteDialog } from '../../../src/ui/cite/CiteDialog';
import { fixtureStore, renderWith } from '../render-app';

/** config.json as a deployment might write it (invented). */
function serveConfig(json: unknown, status = 200): void {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(json), { status })));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const field = () => screen.getByRole('textbox', { name: /^(Citation|الاستشهاد) / }) as HTMLTextAreaElement;
/** The text shown once the formats have loaded. */
const shown = async () => {
  await waitFor(() => expect(field().getAttribute('aria-busy')).toBe('false'), { timeout: 10_000 });
  return field().value;
};
const urlIn = (text: string) => new URL(/https?:\/\/\S+/.exec(text)?.[0] ?? 'about:blank');

async function open(record?: { kind: 'incident' | 'area' | 'site'; id: string }): Promise<AppStore> {
  const store = await fixtureStore();
  store.getState().selectIncident('jail-capture');
  renderWith(store, <CiteDialog open record={record} onClose={() => {}} />);
  return store;
}

describe('the Cite dialog for the dataset', () => {
  it('is a labelled dialog with a choice of four formats, the plain reference first', async () => {
    serveConfig({ publisher: 'An Invented Press' });
    await open();
    const dialog = screen.getByRole('dialog', { name: 'Cite this dataset' });
    const group = within(dialog).getByRole('group', { name: 'Format' });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(['Plain reference', 'BibTeX (BibLaTeX)', 'CSL-JSON', 'RIS']);
    expect(radios[0]?.checked).toBe(true);
    const text = await shown();
    expect(text).toContain('Mini test dataset (invented) (Version 0.0.1)');
    expect(text).toContain('An Invented Press');
    // The permalink: this view (the incident selected at its time) with the data's version.
    const url = urlIn(text);
    expect(url.searchParams.get('v')).toBe('0.0.1');
    expect(url.searchParams.get('event')).toBe('jail-capture');
    expect(url.searchParams.get('t')).not.toBeNull();
  }, 20_000);

  it('shows each format in the field, labelled with its name', async () => {
    serveConfig({ publisher: 'An Invented Press' });
    await open();
    const user = userEvent.setup();
    await shown();
    await user.click(screen.getByRole('radio', { name: 'BibTeX (BibLaTeX)' }));
    expect(screen.getByRole('textbox', { name: 'Citation (BibTeX (BibLaTeX))' })).toBe(field());
    expect(field().value).toMatch(/^@dataset\{mini_test,/);
    expect(field().value).toContain('version = {0.0.1}');
    await user.click(screen.getByRole('radio', { name: 'CSL-JSON' }));
    const [item] = JSON.parse(field().value) as { publisher: string; URL: string; version: string }[];
    expect(item).toMatchObject({ publisher: 'An Invented Press', version: '0.0.1' });
    expect(new URL(item?.URL ?? '').searchParams.get('v')).toBe('0.0.1');
    await user.click(screen.getByRole('radio', { name: 'RIS' }));
    expect(field().value).toMatch(/^TY {2}- DATA\n/);
    expect(field().value).toContain('PB  - An Invented Press');
  }, 20_000);

  it('copies the text shown, and says so', async () => {
    serveConfig({});
    await open();
    // user-event puts a clipboard of its own on navigator.
    const user = userEvent.setup();
    const text = await shown();
    await user.click(screen.getByRole('radio', { name: 'RIS' }));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(field().value);
    expect(field().value).not.toBe(text);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied to the clipboard.'));
  }, 20_000);
});

describe('the Cite dialog for a record', () => {
  it('is titled with the incident and cites it in the dataset, with its own permalink', async () => {
    serveConfig({ publisher: 'An Invented Press' });
    const store = await open({ kind: 'incident', id: 'shelling' });
    const title = store.getState().dataset?.incidents.find((i) => i.id === 'shelling')?.title ?? '';
    screen.getByRole('dialog', { name: `Cite: ${title}` });
    const text = await shown();
    expect(text.startsWith(title)).toBe(true);
    expect(text).toContain('In Mini test dataset (invented)');
    // Another incident than the one selected: its permalink opens at its own time.
    const url = urlIn(text);
    expect(url.searchParams.get('event')).toBe('shelling');
    expect(url.searchParams.get('t')).toBeNull();
    expect(url.searchParams.get('v')).toBe('0.0.1');
  }, 20_000);

  it('cites an area at the moment shown, without the incident selected in the link', async () => {
    serveConfig({});
    const store = await open({ kind: 'area', id: 'jail' });
    const name = store.getState().dataset?.sites.find((x) => x.id === 'jail')?.properties.name.en ?? '';
    screen.getByRole('dialog', { name: `Cite: ${name}` });
    const url = urlIn(await shown());
    expect(url.searchParams.get('event')).toBeNull();
    expect(url.searchParams.get('t')).not.toBeNull();
    expect(url.searchParams.get('v')).toBe('0.0.1');
  }, 20_000);

  it('speaks Arabic around the English reference, and says why the reference is English', async () => {
    serveConfig({});
    const store = await fixtureStore();
    act(() => { store.getState().setLang('ar'); store.getState().setMessages('ar', ar); });
    renderWith(store, <CiteDialog open onClose={() => {}} />);
    screen.getByRole('dialog', { name: 'الاستشهاد بمجموعة البيانات' });
    screen.getByRole('radio', { name: 'مرجع نصي' });
    const text = await shown();
    expect(field().getAttribute('dir')).toBe('ltr');
    expect(urlIn(text).searchParams.get('lang')).toBe('ar');
    screen.getByText(/المرجع النصي بالإنكليزية وفق أسلوب APA/);
  }, 20_000);
});

describe('the publisher a citation names', () => {
  it('is config.json\'s publisher, else the site\'s host name, never an invented one', async () => {
    const loc = new URL('https://maps.example.org/qamishlo/') as unknown as Location;
    serveConfig({ publisher: '  An Invented Press  ' });
    expect(await sitePublisher(loc, 'https://maps.example.org/qamishlo/')).toBe('An Invented Press');
    serveConfig({}, 404);
    expect(await sitePublisher(loc, 'https://maps.example.org/qamishlo/')).toBe('maps.example.org');
    // A config.json with a mistake in it: its publisher is not trusted either.
    serveConfig({ publisher: 'An Invented Press', tiles: 'not an object' });
    expect(await sitePublisher(loc, 'https://maps.example.org/qamishlo/')).toBe('maps.example.org');
  });
});
