// The Embed dialog's choices (view, theme, header) and its live previews, by role and label.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { viewUrl } from '../../../src/app/page-links';
import type { StoryStep } from '../../../src/core/types';
import type { AppStore } from '../../../src/store/store';
import { EmbedDialog } from '../../../src/ui/share/EmbedDialog';
import { fixtureStore, renderWith } from '../render-app';

// Two invented story steps for the test dataset (which has none of its own).
const STEPS: StoryStep[] = [
  { id: 'made-up-first', title: 'An invented first step', caption: 'Invented.', at: '2016-04-20T11:00:00+03:00', sources: ['src-a'] },
  { id: 'made-up-second', title: 'An invented second step', caption: 'Invented.', at: '2016-04-21T12:00:00+03:00', sources: ['src-b'] },
];

async function openDialog(story: StoryStep[] = STEPS): Promise<AppStore> {
  const store = await fixtureStore();
  const dataset = store.getState().dataset;
  if (!dataset) throw new Error('no dataset');
  store.setState({ dataset: { ...dataset, story } });
  // A view away from the start: an incident selected at its time.
  store.getState().selectIncident('jail-capture');
  renderWith(store, <EmbedDialog open onClose={() => {}} />);
  return store;
}

const dialog = () => screen.getByRole('dialog', { name: 'Embed this map' });
const code = () => (within(dialog()).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;
/** The address the snippet's frame opens. */
const snippetSrc = () => (/src="([^"]+)"/.exec(code())?.[1] ?? '').replace(/&amp;/g, '&');
const param = (name: string) => new URL(snippetSrc()).searchParams.get(name);
const radio = (name: string) => within(dialog()).getByRole('radio', { name }) as HTMLInputElement;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Embed dialog: which view', () => {
  it('embeds the current view by default, or the dataset\'s start, or a story step chosen by its title', async () => {
    const store = await openDialog();
    const user = userEvent.setup();
    expect(radio('Current view').checked).toBe(true);
    expect(snippetSrc()).toBe(viewUrl(store.getState(), true));
    expect(param('event')).toBe('jail-capture');

    await user.click(radio('Start view'));
    expect(param('t')).toBeNull();
    expect(param('event')).toBeNull();
    expect(param('embed')).toBe('1');

    await user.click(radio('Story step'));
    const step = within(dialog()).getByRole('combobox', { name: 'Step' }) as HTMLSelectElement;
    expect(within(step).getAllByRole('option').map((o) => o.textContent)).toEqual(STEPS.map((s) => s.title));
    expect(param('step')).toBe('made-up-first');
    await user.selectOptions(step, 'An invented second step');
    expect(param('step')).toBe('made-up-second');
    expect(param('event')).toBeNull();

    await user.click(radio('Current view'));
    expect(within(dialog()).queryByRole('combobox', { name: 'Step' })).toBeNull();
    expect(snippetSrc()).toBe(viewUrl(store.getState(), true));
  });

  it('offers no story step for a dataset without a story', async () => {
    await openDialog([]);
    expect(radio('Start view')).toBeTruthy();
    expect(within(dialog()).queryByRole('radio', { name: 'Story step' })).toBeNull();
  });

  it('gives readers without JavaScript the picture nearest the chosen view\'s time', async () => {
    const store = await openDialog();
    const dataset = store.getState().dataset;
    if (!dataset) throw new Error('no dataset');
    const list = {
      size: { width: 1200, height: 630 },
      previews: [
        { id: 'made-up-start', lang: 'en', file: 'previews/made-up-start.png', time: dataset.start, alt: 'Invented picture of the start' },
        { id: 'made-up-later', lang: 'en', file: 'previews/made-up-later.png', time: store.getState().time, alt: 'Invented picture of the capture' },
      ],
    };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(list))));
    // The list is fetched when the dialog opens: open it again with the stub in place.
    renderWith(store, <EmbedDialog open onClose={() => {}} />);
    const [, second] = screen.getAllByRole('dialog', { name: 'Embed this map' });
    if (!second) throw new Error('no second dialog');
    const field = () => (within(second).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;
    await waitFor(() => expect(field()).toMatch(/alt="Invented picture of the capture"/));
    await userEvent.setup().click(within(second).getByRole('radio', { name: 'Start view' }));
    expect(field()).toMatch(/alt="Invented picture of the start"/);
  });
});

describe('Embed dialog: how it looks', () => {
  it('adds theme=dark or theme=auto, nothing for light, and plain=1 without the header', async () => {
    await openDialog();
    const user = userEvent.setup();
    expect(radio('Light').checked).toBe(true);
    expect(code()).not.toMatch(/theme=|plain=/);
    await user.click(radio('Dark'));
    expect(param('theme')).toBe('dark');
    await user.click(radio('Follows the reader’s system'));
    expect(param('theme')).toBe('auto');
    await user.click(within(dialog()).getByRole('checkbox', { name: 'Plain (no header)' }));
    expect(param('plain')).toBe('1');
    await user.click(radio('Light'));
    expect(param('theme')).toBeNull();
    expect(param('plain')).toBe('1');
  });
});

describe('Embed dialog: previews', () => {
  const frames = () => [screen.getByTitle('Preview at phone width'), screen.getByTitle('Preview at desktop width')] as HTMLIFrameElement[];
  const unfold = () => {
    // jsdom has no matchMedia, so the preview starts folded, as on a phone: unfold it.
    const details = dialog().querySelector('details');
    if (!details) throw new Error('no preview');
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
  };

  it('makes no frames until the preview is unfolded, then two sandboxed, inert ones, on the snippet\'s address', async () => {
    await openDialog();
    expect(screen.queryByTitle('Preview at phone width')).toBeNull();
    unfold();
    for (const frame of frames()) {
      expect(frame.src).toBe(snippetSrc());
      expect(frame.getAttribute('sandbox')).toBe('allow-scripts allow-popups');
      // Out of the Tab cycle, and nothing inside to reach by Tab or by click either.
      expect(frame.tabIndex).toBe(-1);
      expect(frame.hasAttribute('inert')).toBe(true);
    }
    expect(frames().map((f) => f.width)).toEqual(['360', '1024']);
    expect(screen.getByText('Phone, 360 px')).toBeTruthy();
    expect(screen.getByText('Desktop, 1024 px')).toBeTruthy();
  });

  it('reloads them on the new address once the options settle', async () => {
    await openDialog();
    unfold();
    await userEvent.setup().click(radio('Dark'));
    expect(param('theme')).toBe('dark');
    await waitFor(() => expect(frames().map((f) => f.src)).toEqual([snippetSrc(), snippetSrc()]));
  });

  it('sizes each frame to what its own map asks for, or to the fixed height', async () => {
    await openDialog();
    unfold();
    const [phone, desktop] = frames();
    if (!phone?.contentWindow || !desktop) throw new Error('no frames');
    expect(phone.height).toBe('480');
    const ask = (height: number, source: Window) => act(() => {
      window.dispatchEvent(new MessageEvent('message', { data: { protocol: 'conflict-map', version: 1, type: 'resize', height }, source }));
    });
    ask(712, phone.contentWindow);
    expect(phone.height).toBe('712');
    expect(desktop.height).toBe('480');
    // Anyone else's request changes nothing.
    ask(999, window);
    expect(phone.height).toBe('712');
    expect(desktop.height).toBe('480');

    const user = userEvent.setup();
    await user.click(radio('Fixed height'));
    expect(phone.height).toBe('560');
    await user.selectOptions(within(dialog()).getByRole('combobox', { name: 'Height' }), '640');
    expect(frames().map((f) => f.height)).toEqual(['640', '640']);
    fireEvent.click(radio('Responsive (with script)'));
    expect(phone.height).toBe('712');
  });
});
