// Keeps the page's link and the store in step: reads the link on load and on Back/Forward, and
// writes it as the view changes (scrubbing, panning and moving one end of a range replace the entry;
// choices push one).
import { readLinkProblems, writeLink } from '../core/link-format';
import { applyLink, linkContextOf, linkStateOf } from '../store/link-state';
import type { AppState, AppStore } from '../store/store';

/** Scrubbing and panning rewrite the current entry once they rest this long… */
const REPLACE_AFTER_MS = 250;
/**
 * …and while they go on (a held key, a drag, playback) once this long after the first change not yet
 * written: writing the link costs a step a few milliseconds, which every fourth of a second falls on
 * a tenth of the steps of a scrub (its slowest twentieth, which the step's budget is about).
 */
const REPLACE_EVERY_MS = 1000;

/**
 * A choice the reader would want Back to undo: an incident, a day, a range, a story step. Moving one
 * end of the range shown (a handle dragged or keyed, a range played) is scrubbing, not a choice: an
 * entry per step would bury the range chosen under dozens of others, and each push costs a frame's
 * worth of time on a long history.
 */
function isChoice(next: AppState, prev: AppState): boolean {
  if (next.selectedId !== prev.selectedId && next.selectedId !== null) return true;
  if (next.step !== prev.step && next.step !== null) return true;
  if (next.span === 'range') return prev.span !== 'range' || (next.rangeStart !== prev.rangeStart && next.time !== prev.time);
  return next.span === 'day' && (prev.span !== 'day' || next.time !== prev.time);
}

/** With applyLocation false (after an import), the current link is not read: it names another dataset. */
export function syncUrl(store: AppStore, win: Window = window, { applyLocation = true } = {}): () => void {
  // The dataset as loaded: the source lens changes the one shown, not the one the link names.
  const dataset = store.getState().fullDataset;
  if (!dataset) throw new Error('syncUrl needs a loaded dataset');
  let ctx = linkContextOf(dataset);
  // A dataset split by time gains incidents in place as chunks arrive: a link read later may name one.
  const currentCtx = () => (ctx.incidentIds.size === dataset.incidents.length ? ctx : (ctx = linkContextOf(dataset)));
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change not yet written was made. */
  let since = 0;

  const apply = (search: string, withNotices: boolean) => {
    const { state, problems } = readLinkProblems(search, currentCtx());
    applying = true;
    try {
      applyLink(store, state);
    } finally {
      applying = false;
    }
    // Worded when shown, in the reader's language (which may still be loading).
    if (withNotices) problems.forEach((problem, i) => store.getState().addNotice(`link-${i}`, { say: 'link', problem, timeZone: ctx.timeZone }));
    // A link that names the data's version (a citation's): what changed since loads only for such a link.
    if (withNotices && state.version !== undefined) {
      void import('./link-version-notice').then((m) => m.tellLinkVersion({ store, link: state, timeZone: ctx.timeZone }));
    }
  };

  const urlFor = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;
  const searchOf = (state: AppState) => writeLink(linkStateOf(state), ctx.timeZone, win.location.search);
  // The link is written (and so computed) when the changes rest, or at most every REPLACE_EVERY_MS, not on every step.
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    const search = searchOf(store.getState());
    if (search !== win.location.search) win.history.replaceState(null, '', urlFor(search));
  };

  if (applyLocation) apply(win.location.search, true);

  const unsubscribe = store.subscribe((next, prev) => {
    if (applying || next.fullDataset !== dataset) return;
    if (isChoice(next, prev)) {
      // The entry being left keeps the view just before the choice.
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
        const before = searchOf(prev);
        if (before !== win.location.search) win.history.replaceState(null, '', urlFor(before));
      }
      const search = searchOf(next);
      if (search !== win.location.search) win.history.pushState(null, '', urlFor(search));
      return;
    }
    const now = Date.now();
    if (timer === undefined) since = now;
    clearTimeout(timer);
    timer = setTimeout(flush, Math.min(REPLACE_AFTER_MS, since + REPLACE_EVERY_MS - now));
  });

  const onPopState = () => {
    clearTimeout(timer);
    timer = undefined;
    apply(win.location.search, false);
  };
  win.addEventListener('popstate', onPopState);
  win.addEventListener('pagehide', flush);

  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', flush);
  };
}
