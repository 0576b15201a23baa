// Parts that follow every change of the store only while on screen (src/ui/in-view-only.tsx): out of
// view, a change after a pause shows at once, those that follow it quickly (a scrub) once they pause,
// or when the part comes into view. Never a stale panel: each kind of change is checked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/preact';
import { applyLens } from '../../src/app/apply-lens';
import { summarizeRangeAfter } from '../../src/core/range-summary-step';
import { endOfLocalDay } from '../../src/core/time-range';
import { DAY, HOUR } from '../../src/core/time';
import { ar } from '../../src/i18n/ar';
import { createAppStore, type AppStore } from '../../src/store/store';
import { ChangesPanel } from '../../src/ui/panels/ChangesPanel';
import { IncidentList } from '../../src/ui/panels/IncidentList';
import { BUILTIN, MINI, loadValid } from '../helpers/fs-dataset';
import { renderWith } from './render-app';

// Counted, not changed: the summary of the sections below the changes is worked out only while they show.
vi.mock('../../src/core/range-summary-step', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/range-summary-step')>();
  return { ...actual, summarizeRangeAfter: vi.fn(actual.summarizeRangeAfter) };
});

const TZ = 'Asia/Damascus';
const START = Date.parse('2016-04-20T00:00:00+03:00');
const END = endOfLocalDay(Date.parse('2016-04-23T12:00:00+03:00'), TZ);

/** An IntersectionObserver that says what the test tells it to. */
class FakeObserver {
  static all = new Set<FakeObserver>();
  readonly targets: Element[] = [];
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.add(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    FakeObserver.all.delete(this);
  }
}

/** Every part observed so far scrolls into view, or out of it. */
function scroll(inView: boolean) {
  act(() => {
    for (const o of [...FakeObserver.all]) {
      o.callback(o.targets.map((target) => ({ target, isIntersecting: inView }) as IntersectionObserverEntry), o as unknown as IntersectionObserver);
    }
  });
}

beforeEach(() => {
  FakeObserver.all.clear();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  // The clock the gate reads stands still: changes made one after the other are a scrub's, however
  // slowly a busy machine renders them (its catch-up runs on a timer, which still runs).
  vi.spyOn(performance, 'now').mockReturnValue(1_000);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function rangeStore(): Promise<AppStore> {
  const store = createAppStore();
  store.getState().setLoadResult(await loadValid(BUILTIN), []);
  store.getState().showRange(START, END);
  return store;
}

const incidentsHeading = () => screen.getByRole('heading', { name: /^Incidents in this range/, level: 3 });

/** The text of a panel made now, beside the one under test: what that one must come to show. */
async function freshText(store: AppStore, ui: preact.JSX.Element, ready: (el: Element) => boolean, read = (el: Element) => el.textContent ?? ''): Promise<string> {
  const { container, unmount } = renderWith(store, ui);
  await waitFor(() => expect(ready(container)).toBe(true));
  const text = read(container);
  unmount();
  return text;
}

/**
 * A step of the time, once What changed has taken it in: the panel takes in steps in the page's idle
 * time (lagging-store.ts), which in a test DOM is the next task. Its parts' gates then see the step.
 */
async function settled(change: () => void): Promise<void> {
  act(change);
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/** The text of the parts that follow the store only in view. */
const gatedText = (el: Element) => [...el.querySelectorAll('.in-view-only')].map((part) => part.textContent).join(' | ');

// By class, not id: the panel made afresh repeats the ids of the one under test.
const changesReady = (el: Element) => el.querySelectorAll('.changes-section').length === 4;

// Changes both panels must show at once, as a part made afresh shows them.
const toArabic = (store: AppStore) => {
  store.getState().setLang('ar');
  store.getState().setMessages('ar', ar);
};
const withoutGovernmentOutlets = (store: AppStore) => {
  store.getState().setSources('-kind:government_outlet');
  applyLens(store);
};

describe('What changed, scrolled out of view', () => {
  it('shows a move of the range\'s end at once, leaves those that follow quickly, and catches up once they pause', async () => {
    const store = await rangeStore();
    renderWith(store, <ChangesPanel />);
    await screen.findByRole('heading', { name: 'Casualty figures, as claimed' });
    const before = incidentsHeading().textContent;
    scroll(false);
    await settled(() => store.getState().showRange(START, END - DAY));
    const first = incidentsHeading().textContent;
    expect(first).not.toBe(before);
    await settled(() => store.getState().showRange(START, END - 2 * DAY));
    // The changes of control, on top, follow at once; the incidents below are not rendered in the step.
    expect(screen.getByText(/^From 20 April 2016, 00:00 to 21 April 2016/)).toBeTruthy();
    expect(incidentsHeading().textContent).toBe(first);
    await waitFor(() => expect(incidentsHeading().textContent).not.toBe(first));
    expect(incidentsHeading().textContent).toMatch(/^Incidents in this range \(\d+\)$/);
  });

  it('catches up at once when scrolled back into view', async () => {
    const store = await rangeStore();
    renderWith(store, <ChangesPanel />);
    await screen.findByRole('heading', { name: 'Casualty figures, as claimed' });
    scroll(false);
    await settled(() => store.getState().showRange(START, END - DAY));
    const first = incidentsHeading().textContent;
    await settled(() => store.getState().showRange(START, END - 2 * DAY));
    expect(incidentsHeading().textContent).toBe(first);
    scroll(true);
    expect(incidentsHeading().textContent).not.toBe(first);
  });

  it('works out no summary for its sections in a scrub while they are out of view, and the current one when they come back', async () => {
    const store = await rangeStore();
    const { container } = renderWith(store, <ChangesPanel />);
    await waitFor(() => expect(changesReady(container)).toBe(true));
    scroll(false);
    await settled(() => store.getState().showRange(START, END - HOUR)); // after a pause: shown at once
    const summarize = vi.mocked(summarizeRangeAfter);
    summarize.mockClear();
    await settled(() => store.getState().showRange(START, END - 2 * HOUR));
    await settled(() => store.getState().showRange(START, END - 3 * HOUR));
    // The range's words and its changes of control follow each step; the incidents and claims wait.
    expect(screen.getByText(/to 23 April 2016, 20:59/)).toBeTruthy();
    expect(summarize).not.toHaveBeenCalled();
    scroll(true);
    expect(summarize).toHaveBeenCalled();
    expect(container.textContent).toBe(await freshText(store, <ChangesPanel />, changesReady));
  });

  // A move of an end right after a step: part of a scrub, shown once the scrub pauses.
  const steps: [string, (store: AppStore) => void][] = [
    ['the range\'s start', (store) => store.getState().showRange(START + DAY, END - HOUR)],
    ['the range\'s end', (store) => store.getState().showRange(START, END - DAY)],
  ];

  it.each(steps)('leaves a move of %s that follows a step quickly, then shows what a panel made afresh shows', async (_, step) => {
    const store = await rangeStore();
    const { container } = renderWith(store, <ChangesPanel />);
    await waitFor(() => expect(changesReady(container)).toBe(true));
    scroll(false);
    await settled(() => store.getState().showRange(START, END - HOUR));
    const before = gatedText(container);
    await settled(() => step(store));
    expect(gatedText(container)).toBe(before);
    const fresh = await freshText(store, <ChangesPanel />, changesReady);
    expect(fresh).not.toBe(container.textContent);
    await waitFor(() => expect(container.textContent).toBe(fresh));
  });

  // Not a step of the time: shown at once, even right after a step.
  const changes: [string, (store: AppStore) => Promise<void> | void][] = [
    ['the dataset', async (store) => {
      const dataset = await loadValid(MINI);
      store.getState().replaceDataset(dataset, [], store.getState().origin);
      store.getState().showRange(dataset.start, dataset.end);
      // The new data shows at once; the range chosen on it is a step, taken in when the page is idle.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }],
    ['the language', toArabic],
    ['the sources lens', withoutGovernmentOutlets],
  ];

  it.each(changes)('shows a change of %s at once, as a panel made afresh shows it', async (_, change) => {
    const store = await rangeStore();
    const { container } = renderWith(store, <ChangesPanel />);
    await waitFor(() => expect(changesReady(container)).toBe(true));
    scroll(false);
    await settled(() => store.getState().showRange(START, END - HOUR));
    const before = container.textContent;
    await act(async () => {
      await change(store);
    });
    const fresh = await freshText(store, <ChangesPanel />, changesReady);
    expect(fresh).not.toBe(before);
    expect(container.textContent).toBe(fresh);
  });
});

describe('the incident list, scrolled out of view', () => {
  const listReady = (el: Element) => el.querySelector('.incident-list') !== null;

  async function listStore(): Promise<AppStore> {
    const store = createAppStore();
    store.getState().setLoadResult(await loadValid(BUILTIN), []);
    store.getState().setTime(Date.parse('2016-04-21T12:00:00+03:00'));
    return store;
  }

  it('leaves a step of the time that follows another quickly, then shows what a list made afresh shows', async () => {
    const store = await listStore();
    const { container } = renderWith(store, <IncidentList />);
    await waitFor(() => expect(listReady(container)).toBe(true));
    scroll(false);
    act(() => store.getState().setTime(Date.parse('2016-04-21T13:00:00+03:00')));
    const before = container.textContent;
    act(() => store.getState().setTime(Date.parse('2016-04-22T12:00:00+03:00')));
    expect(container.textContent).toBe(before);
    const fresh = await freshText(store, <IncidentList />, listReady);
    expect(fresh).not.toBe(before);
    await waitFor(() => expect(container.textContent).toBe(fresh));
  });

  const changes: [string, (store: AppStore) => void][] = [
    ['the layers', (store) => store.getState().setLayerVisible('clash', false)],
    ['the selection', (store) => store.getState().selectIncident('prison-capture', { moveTime: false })],
    ['the language', toArabic],
    ['the sources lens', withoutGovernmentOutlets],
  ];

  it.each(changes)('shows a change of %s at once, even right after a step, as a list made afresh shows it', async (_, change) => {
    const store = await listStore();
    const { container } = renderWith(store, <IncidentList />);
    await waitFor(() => expect(listReady(container)).toBe(true));
    scroll(false);
    act(() => store.getState().setTime(Date.parse('2016-04-21T13:00:00+03:00')));
    // The markup, not only the text: a selection is an attribute (aria-current).
    const before = container.innerHTML;
    act(() => change(store));
    const fresh = await freshText(store, <IncidentList />, listReady, (el) => el.innerHTML);
    expect(fresh).not.toBe(before);
    expect(container.innerHTML).toBe(fresh);
  });

  it('shows a language switched just as the list leaves the view, before the list could have noticed', async () => {
    const store = await listStore();
    const { container } = renderWith(store, <IncidentList />);
    await waitFor(() => expect(listReady(container)).toBe(true));
    // Out of view, told outside act: the part renders on its own schedule, and the language changes
    // right after that render, before any effect that waits for the next frame.
    for (const o of [...FakeObserver.all]) {
      o.callback(o.targets.map((target) => ({ target, isIntersecting: false }) as IntersectionObserverEntry), o as unknown as IntersectionObserver);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    toArabic(store);
    const fresh = await freshText(store, <IncidentList />, listReady, (el) => el.innerHTML);
    await waitFor(() => expect(container.innerHTML).toBe(fresh));
  });

  it('does not render for a pan of the map', async () => {
    const store = await listStore();
    const { container } = renderWith(store, <IncidentList />);
    await waitFor(() => expect(listReady(container)).toBe(true));
    scroll(false);
    const row = container.querySelector('li');
    act(() => store.getState().setView({ zoom: 14, lat: 37.05, lon: 41.22 }));
    expect(container.querySelector('li')).toBe(row);
  });
});
