// Pauses for work done in slices that nobody waits on (a chunk fetched ahead, parsed and merged): the
// work goes on while it has run less than a few milliseconds, then waits for the page's idle time, so
// that it never holds a frame back; where the page cannot tell idle time, for the next task.
import { pageIdle } from './page-idle';

/** A pause to await between slices: at once while the budget lasts, then in idle time, with a fresh budget. */
export function idlePauses({ budgetMs = 4 }: { budgetMs?: number } = {}): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    // The timeout keeps the work going on a page that is never idle (a long playback).
    await new Promise<void>((resolve) => pageIdle(() => resolve(), 100));
    since = performance.now();
  };
}
