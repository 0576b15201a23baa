import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { ar } from '../../src/i18n/ar';
import { ku } from '../../src/i18n/ku';
import { createAppStore } from '../../src/store/store';
import { StoreContext } from '../../src/ui/store-context';
import { DayButtons } from '../../src/ui/timeline/DayButtons';
import { Timeline } from '../../src/ui/timeline/Timeline';
import { TimelineBackdrop } from '../../src/ui/timeline/TimelineBackdrop';
import { TimelineControls } from '../../src/ui/timeline/TimelineControls';
import { fixtureStore, renderWith } from './render-app';

const slider = () => screen.getByRole('slider', { name: 'Time shown on the map' });

describe('Timeline', () => {
  it('is a slider that reads the local date and time', async () => {
    const store = await fixtureStore();
    renderWith(store, <Timeline />);
    expect(slider().getAttribute('aria-valuetext')).toBe('Wednesday 20 April 2016, 00:00, local time (UTC+03:00)');
    expect(slider().getAttribute('aria-valuemin')).toBe('0');
    expect(slider().getAttribute('aria-valuemax')).toBe(String(3 * 24 * 60));
    expect(screen.getByText(/local time \(UTC\+03:00, Asia\/Damascus\)/)).toBeTruthy();
  });

  it('moves by an hour with the arrows, a day with Page Up/Down, to the ends with Home/End', async () => {
    const store = await fixtureStore();
    renderWith(store, <Timeline />);
    const user = userEvent.setup();
    slider().focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowUp}');
    expect(slider().getAttribute('aria-valuetext')).toMatch(/^Wednesday 20 April 2016, 03:00/);
    await user.keyboard('{PageUp}');
    expect(slider().getAttribute('aria-valuetext')).toMatch(/^Thursday 21 April 2016, 03:00/);
    await user.keyboard('{ArrowLeft}{PageDown}');
    expect(slider().getAttribute('aria-valuetext')).toMatch(/^Wednesday 20 April 2016, 02:00/);
    await user.keyboard('{End}');
    expect(slider().getAttribute('aria-valuetext')).toMatch(/^Saturday 23 April 2016, 00:00/);
    await user.keyboard('{Home}');
    expect(slider().getAttribute('aria-valuenow')).toBe('0');
    await user.keyboard('{PageDown}');
    expect(slider().getAttribute('aria-valuenow')).toBe('0');
  });

  it('steps to the next and previous event', async () => {
    const store = await fixtureStore();
    renderWith(store, <Timeline />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    expect(slider().getAttribute('aria-valuetext')).toMatch(/^Wednesday 20 April 2016, 11:00/);
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    expect(slider().getAttribute('aria-valuetext')).toMatch(/^Wednesday 20 April 2016, 12:00/);
    await user.click(screen.getByRole('button', { name: 'Previous event' }));
    expect(slider().getAttribute('aria-valuetext')).toMatch(/^Wednesday 20 April 2016, 11:00/);
  });

  it('plays and pauses', async () => {
    const store = await fixtureStore();
    renderWith(store, <Timeline />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '6');
    expect(store.getState().speed).toBe(6);
  });

  it('follows the store when time changes elsewhere', async () => {
    const store = await fixtureStore();
    renderWith(store, <Timeline />);
    act(() => store.getState().setTime(Date.parse('2016-04-22T15:30:00+03:00')));
    expect(slider().getAttribute('aria-valuetext')).toMatch(/^Friday 22 April 2016, 15:30/);
    fireEvent.keyDown(slider(), { key: 'x' });
    expect(slider().getAttribute('aria-valuetext')).toMatch(/^Friday 22 April 2016, 15:30/);
  });

  it('is not there before a dataset is loaded, and appears once one is', async () => {
    const store = createAppStore();
    render(<StoreContext.Provider value={store}><Timeline /></StoreContext.Provider>);
    expect(screen.queryByRole('slider')).toBeNull();
    const loaded = await fixtureStore();
    const { dataset, index } = loaded.getState();
    act(() => store.setState({ dataset, index, time: dataset?.start ?? 0 }));
    expect(slider().getAttribute('aria-valuenow')).toBe('0');
  });

  it('labels a year of days by months, each button named by its words and showing that month\'s first day', async () => {
    const start = Date.parse('2021-01-01T00:00:00Z');
    const midnights = Array.from({ length: 365 }, (_, i) => start + i * 86_400_000);
    const onShowDay = vi.fn();
    const props = { midnights, start, end: start + 365 * 86_400_000, width: 908, timeZone: 'UTC', currentDay: null, onShowDay };
    const { unmount } = render(<DayButtons {...props} lang="en" showAllOf={(shown, date) => `${shown}: show all of ${date}`} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['2021', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Feb: show all of 1 February 2021' }));
    expect(onShowDay).toHaveBeenCalledWith(Date.parse('2021-02-01T00:00:00Z'));
    unmount();
    // Syrian Arabic's month names are longer: every other month has room.
    render(<DayButtons {...props} lang="ar" showAllOf={ar.showAllOf} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['٢٠٢١', 'آذار', 'أيار', 'تموز', 'أيلول', 'تشرين الثاني']);
  });

  it('shows a day whole from its button, named by the words on it', async () => {
    const store = await fixtureStore();
    renderWith(store, <Timeline />);
    const user = userEvent.setup();
    const day = screen.getByRole('button', { name: 'Thu 21 Apr: show all of 21 April 2016' });
    expect(day.textContent).toBe('Thu 21 Apr');
    expect(day.getAttribute('aria-pressed')).toBe('false');
    await user.click(day);
    expect(store.getState().span).toBe('day');
    expect(day.getAttribute('aria-pressed')).toBe('true');
    expect(slider().getAttribute('aria-valuetext')).toBe('21 April 2016, the whole day, local time');
  });

  // WCAG 2.5.3 (Label in Name): a voice-control user says what they see, so each name begins with the visible words.
  for (const [lang, messages] of [['en', null], ['ar', ar], ['ku', ku]] as const) {
    it(`names every button with its visible words first (${lang})`, async () => {
      const store = await fixtureStore();
      if (messages) act(() => { store.getState().setLang(lang); store.getState().setMessages(lang, messages); });
      renderWith(store, <Timeline />);
      const names = new Map<HTMLElement, string>();
      within(screen.getByRole('region')).getAllByRole('button', { name: (name, el) => { names.set(el as HTMLElement, name); return true; } });
      // Buttons named by their words alone pass as they are (the quick ranges); the rest carry a longer name.
      const labelled = [...names].filter(([el, name]) => el.textContent !== '' && name !== el.textContent);
      expect(labelled.length).toBe(3); // the fixture's three days
      for (const [el, name] of labelled) {
        expect(name.startsWith(`${el.textContent}: `), `"${name}" begins with "${el.textContent}"`).toBe(true);
        expect(name.length).toBeGreaterThan((el.textContent ?? '').length + 2);
      }
    });
  }

  it('re-renders neither the backdrop nor the day buttons on a time step, only when the day shown changes', async () => {
    const store = await fixtureStore();
    const backdrop = vi.spyOn(TimelineBackdrop.prototype, 'render');
    const days = vi.spyOn(DayButtons.prototype, 'render');
    renderWith(store, <Timeline />);
    const [backdropFirst, daysFirst] = [backdrop.mock.calls.length, days.mock.calls.length];
    expect(backdropFirst).toBeGreaterThan(0);
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    fireEvent.keyDown(slider(), { key: 'PageUp' });
    expect(slider().getAttribute('aria-valuetext')).toMatch(/^Thursday 21 April 2016, 01:00/);
    expect(backdrop.mock.calls.length).toBe(backdropFirst);
    expect(days.mock.calls.length).toBe(daysFirst);
    act(() => store.getState().showDay(Date.parse('2016-04-21T00:00:00+03:00')));
    expect(days.mock.calls.length).toBe(daysFirst + 1);
    expect(backdrop.mock.calls.length).toBe(backdropFirst);
    backdrop.mockRestore();
    days.mockRestore();
  });
  it('renders the playback controls again on no time step, yet they follow playing, the speed and the language', async () => {
    const store = await fixtureStore();
    const controls = vi.spyOn(TimelineControls.prototype, 'render');
    renderWith(store, <Timeline />);
    const first = controls.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    fireEvent.keyDown(slider(), { key: 'ArrowRight', shiftKey: true });
    expect(store.getState().span).toBe('range');
    expect(controls.mock.calls.length).toBe(first);
    // What they show comes from the store through their own subscriptions.
    act(() => store.getState().setPlaying(true));
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    act(() => { store.getState().setPlaying(false); store.getState().setSpeed(12); });
    expect((screen.getByRole('combobox', { name: 'Speed' }) as HTMLSelectElement).value).toBe('12');
    act(() => { store.getState().setLang('ar'); store.getState().setMessages('ar', ar); });
    expect(screen.getByRole('button', { name: ar.play })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: ar.speed })).toBeTruthy();
    expect(controls.mock.calls.length).toBe(first);
    controls.mockRestore();
  });
});
