// Tells the host page how tall the embedded layout wants its frame for the frame's current width
// (embed.js, or AMP's amp-iframe, then sets it): the measured header, timeline and panels, plus
// the map at the height core/embed-height.ts chooses for the width.
import { wantedMapHeight } from '../core/embed-height';

export interface FrameHeightOptions {
  win: Window;
  /** Called with each new height (whole CSS pixels), after a change settles within a frame. */
  send: (height: number) => void;
}

/** Watches the embedded layout; returns a function that stops watching. */
export function watchFrameHeight({ win, send }: FrameHeightOptions): () => void {
  const doc = win.document;
  let last = 0;
  let pending = 0;
  let stopped = false;
  let app: Element | null = null;
  const measure = () => {
    pending = 0;
    const map = app?.querySelector('.embed-map');
    if (!app || !(map instanceof HTMLElement)) return;
    // Everything but the map as laid out now (the layout fills the frame, the map takes what is
    // left), then the map at the height wanted for this width.
    const height = Math.ceil(app.scrollHeight - map.offsetHeight + wantedMapHeight(app.clientWidth));
    if (Math.abs(height - last) < 1) return;
    last = height;
    send(height);
  };
  const schedule = () => { if (!pending && !stopped) pending = win.requestAnimationFrame(measure); };
  const sizes = new ResizeObserver(schedule);
  // Notices and the range's panel come and go: watch whatever the layout holds.
  const children = new MutationObserver(() => observeChildren());
  const observeChildren = () => {
    if (!app) return;
    for (const child of app.children) sizes.observe(child);
    schedule();
  };
  let tries = 0;
  const find = () => {
    if (stopped || ++tries > 600) return;
    app = doc.querySelector('.app.is-embed');
    // The layout may not be drawn yet when the host API connects: look again next frame.
    if (!app) { win.requestAnimationFrame(find); return; }
    sizes.observe(app);
    children.observe(app, { childList: true });
    observeChildren();
  };
  find();
  return () => {
    stopped = true;
    if (pending) win.cancelAnimationFrame(pending);
    sizes.disconnect();
    children.disconnect();
  };
}
