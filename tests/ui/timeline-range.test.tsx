// The timeline's range selection: Shift with the arrows and Page keys, Escape, the quick ranges, the
// range's end handles, and Play inside a range.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Timeline } from '../../src/ui/timeline/Timeline';
import { fixtureStore, renderWith } from './render-app';

const slider = () => screen.getByRole('slider', { name: 'Time shown on the map' });
const at = (local: string) => Date.parse(`${local}+03:00`);
const range = (store: Awaited<ReturnType<typeof fixtureStore>>) => {
  const { span, rangeStart, time } = store.getState();
  return span === 'range' ? [rangeStart, time] : span;
};

describe('Timeline ranges', () => {
  it('Shift+arrows make a range from the time shown and extend it; Shift+Page keys by a day; Escape clears it', async () => {
    const store = await fixtureStore();
    act(() => store.getState().setTime(at('2016-04-21T12:00')));
    renderWith(store, <Timeline />);
    const user = userEvent.setup();
    slider().focus();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(range(store)).toEqual([at('2016-04-21T12:00'), at('2016-04-21T13:00')]);
    expect(slider().getAttribute('aria-valuetext')).toBe('21 April 2016, 12:00 – 21 April 2016, 13:00');
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}');
    expect(range(store)).toEqual([at('2016-04-21T10:00'), at('2016-04-21T13:00')]);
    await user.keyboard('{Shift>}{PageDown}{/Shift}');
    expect(range(store)).toEqual([at('2016-04-20T10:00'), at('2016-04-21T13:00')]);
    await user.keyboard('{Shift>}{PageUp}{PageUp}{/Shift}');
    // The range stops at the data's end (23 April, 00:00).
    expect(range(store)).toEqual([at('2016-04-20T10:00'), at('2016-04-23T00:00')]);
    await user.keyboard('{Escape}');
    expect(range(store)).toBe('moment');
    expect(slider().getAttribute('aria-valuetext')).toMatch(/^Saturday 23 April 2016, 00:00/);
    expect(slider().getAttribute('aria-keyshortcuts')).toContain('Shift+ArrowRight');
  });

  it('offers quick ranges around the time shown, and a way to clear one only while one is shown', async () => {
    const store = await fixtureStore();
    act(() => store.getState().setTime(at('2016-04-21T12:00')));
    renderWith(store, <Timeline />);
    const user = userEvent.setup();
    const choices = async () => {
      if (screen.queryByRole('group', { name: 'Quick ranges' }) === null || !(screen.getByText('Range').closest('details') as HTMLDetailsElement).open) {
        await user.click(await screen.findByText('Range'));
      }
      return screen.getByRole('group', { name: 'Quick ranges' });
    };
    expect(within(await choices()).queryByRole('button', { name: 'Clear range' })).toBeNull();
    await user.click(within(await choices()).getByRole('button', { name: 'Last 6 hours' }));
    expect(range(store)).toEqual([at('2016-04-21T06:00'), at('2016-04-21T12:00')]);
    await user.click(within(await choices()).getByRole('button', { name: 'Last 24 hours' }));
    expect(range(store)).toEqual([at('2016-04-20T12:00'), at('2016-04-21T12:00')]);
    await user.click(within(await choices()).getByRole('button', { name: 'From the start' }));
    expect(range(store)).toEqual([at('2016-04-20T00:00'), at('2016-04-21T12:00')]);
    await user.click(within(await choices()).getByRole('button', { name: 'This day' }));
    // The day of the range's end, whole.
    expect(range(store)).toEqual([at('2016-04-21T00:00'), at('2016-04-22T00:00') - 1]);
    await user.click(within(await choices()).getByRole('button', { name: 'Clear range' }));
    expect(range(store)).toBe('moment');
  });

  it('shows handles at the range\'s ends that move each end by key, never past the other', async () => {
    const store = await fixtureStore();
    act(() => store.getState().showRange(at('2016-04-20T11:00'), at('2016-04-21T15:30')));
    renderWith(store, <Timeline />);
    const start = await screen.findByRole('slider', { name: 'Range start' });
    const end = screen.getByRole('slider', { name: 'Range end' });
    expect(start.getAttribute('aria-valuetext')).toBe('Wednesday 20 April 2016, 11:00, local time (UTC+03:00)');
    expect(end.getAttribute('aria-valuetext')).toBe('Thursday 21 April 2016, 15:30, local time (UTC+03:00)');
    fireEvent.keyDown(start, { key: 'ArrowLeft' });
    expect(range(store)).toEqual([at('2016-04-20T10:00'), at('2016-04-21T15:30')]);
    fireEvent.keyDown(end, { key: 'PageDown' });
    expect(range(store)).toEqual([at('2016-04-20T10:00'), at('2016-04-20T15:30')]);
    fireEvent.keyDown(start, { key: 'End' });
    expect(range(store)).toEqual([at('2016-04-20T15:30'), at('2016-04-20T15:30')]);
    fireEvent.keyDown(end, { key: 'Escape' });
    expect(range(store)).toBe('moment');
    expect(screen.queryByRole('slider', { name: 'Range start' })).toBeNull();
  });

  it('plays a range from its start and keeps it a range', async () => {
    const store = await fixtureStore();
    act(() => store.getState().showRange(at('2016-04-20T11:00'), at('2016-04-21T15:30')));
    renderWith(store, <Timeline />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    expect(range(store)).toEqual([at('2016-04-20T11:00'), at('2016-04-20T11:00')]);
    expect(store.getState().playUntil).toBe(at('2016-04-21T15:30'));
  });
});
