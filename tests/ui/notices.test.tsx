// Notices are worded when shown, in the reader's language: a part of the link that was ignored reads
// in Arabic on an Arabic page, and changes with the language.
import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { readLinkProblems } from '../../src/core/link';
import { linkContextOf } from '../../src/store/link-state';
import { ar } from '../../src/i18n/ar';
import { ku } from '../../src/i18n/ku';
import { Notices } from '../../src/ui/Notices';
import { fixtureStore, renderWith } from './render-app';

describe('notices', () => {
  it('show a link problem in the reader\'s language, and follow a change of language', async () => {
    const store = await fixtureStore();
    const dataset = store.getState().dataset;
    if (!dataset) throw new Error('fixture not loaded');
    const ctx = linkContextOf(dataset);
    const [problem] = readLinkProblems('?t=2016-13-45', ctx).problems;
    if (!problem) throw new Error('expected a problem');
    act(() => {
      store.getState().setLang('ar');
      store.getState().setMessages('ar', ar);
      store.getState().addNotice('link-0', { say: 'link', problem, timeZone: ctx.timeZone });
    });
    renderWith(store, <Notices />);
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('تعذّرت قراءة الوقت «\u20682016-13-45\u2069» الوارد في الرابط');
    expect(screen.getByRole('button', { name: /^إغلاق: تعذّرت قراءة الوقت/ })).toBeTruthy();

    act(() => {
      store.getState().setLang('ku');
      store.getState().setMessages('ku', ku);
    });
    expect(screen.getByRole('status').textContent).toContain('Dema “2016-13-45” ya di girêdanê de nehat xwendin');
  });

  it('name a language whose words failed to load in the words still shown, and can be dismissed', async () => {
    const store = await fixtureStore();
    act(() => store.getState().addNotice('lang', { say: 'langNotLoaded', lang: 'ku', detail: 'offline' }));
    renderWith(store, <Notices />);
    expect((await screen.findByRole('status')).textContent).toContain('The Kurdish interface could not be loaded (offline), so the page stays in English.');
    await userEvent.click(screen.getByRole('button', { name: /^Dismiss: The Kurdish interface/ }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(store.getState().notices).toEqual([]);
  });
});
