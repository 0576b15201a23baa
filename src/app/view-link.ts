// Tells the host page the view as a link's query (?t=…&event=…&map=…), so that embed.js can keep it
// in the article's address and give it back to the frame when the article is opened again. It reads
// the link the map writes into its own address (url-sync.ts), so no second copy of the link code loads.
import type { AppStore } from '../store/store';

/** Longer than url-sync's 250 ms between writes: by then the frame's address holds the latest view. */
const SETTLE_MS = 300;

export interface ViewLinkOptions {
  store: AppStore;
  win: Window;
  send: (query: string) => void;
}

/** Sends the current view at once, then once it settles after each change; returns a stop function. */
export function watchViewLink({ store, win, send }: ViewLinkOptions): () => void {
  let last: string | null = null;
  let timer = 0;
  const flush = () => {
    timer = 0;
    // Without `embed`: the query describes the view; the frame adds its own layout.
    const params = new URLSearchParams(win.location.search);
    params.delete('embed');
    const query = params.toString();
    if (query === last) return;
    last = query;
    send(query ? `?${query}` : '');
  };
  flush();
  const unsubscribe = store.subscribe(() => {
    win.clearTimeout(timer);
    timer = win.setTimeout(flush, SETTLE_MS);
  });
  return () => {
    unsubscribe();
    win.clearTimeout(timer);
  };
}
