// The full app's header actions: one list of the researchers' six actions, which a Menu button
// (shown on phones) unfolds; a choice is passed on. The popover's folding is the browser's, tested
// in Chromium (tests/e2e/phone-details.test.ts).
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ar } from '../../src/i18n/ar';
import { HeaderActions } from '../../src/ui/HeaderActions';
import { fixtureStore, renderWith } from './render-app';

describe('the header actions', () => {
  it('are a list of six buttons that the Menu button controls, folded at first', async () => {
    renderWith(await fixtureStore(), <HeaderActions onChoose={() => {}} />);
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(menu.getAttribute('aria-controls') ?? '');
    expect(list?.tagName).toBe('UL');
    expect(list?.getAttribute('popover')).toBe('auto');
    expect(menu.getAttribute('popovertarget')).toBe(list?.id);
    expect([...(list?.querySelectorAll('li > button') ?? [])].map((b) => b.textContent)).toEqual(['Share', 'Cite', 'Embed', 'Export', 'Load data', 'Sources']);
  });

  it('pass on the action chosen', async () => {
    const onChoose = vi.fn();
    renderWith(await fixtureStore(), <HeaderActions onChoose={onChoose} />);
    // Folded (jsdom opens no popover), the list's buttons are hidden from the accessibility tree.
    fireEvent.click(screen.getByRole('button', { name: 'Export', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Load data', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Cite', hidden: true }));
    expect(onChoose.mock.calls).toEqual([['export'], ['import'], ['cite']]);
  });

  it('say the Menu is unfolded while its list is open', async () => {
    renderWith(await fixtureStore(), <HeaderActions onChoose={() => {}} />);
    const menu = screen.getByRole('button', { name: 'Menu' });
    const list = document.getElementById(menu.getAttribute('aria-controls') ?? '') as HTMLElement;
    fireEvent(list, Object.assign(new Event('toggle'), { newState: 'open' }));
    await vi.waitFor(() => expect(menu.getAttribute('aria-expanded')).toBe('true'));
    fireEvent(list, Object.assign(new Event('toggle'), { newState: 'closed' }));
    await vi.waitFor(() => expect(menu.getAttribute('aria-expanded')).toBe('false'));
  });

  it('are named in the reader\'s language', async () => {
    const store = await fixtureStore();
    store.getState().setLang('ar');
    store.getState().setMessages('ar', ar);
    renderWith(store, <HeaderActions onChoose={() => {}} />);
    expect(screen.getByRole('button', { name: ar.menu }).getAttribute('aria-controls')).toBeTruthy();
    expect(screen.getByRole('button', { name: ar.share, hidden: true })).toBeTruthy();
  });
});
