// Which rows of a long list of fixed-height rows are in view inside their own scroll box, so that a
// list of thousands renders a few dozen rows and a time step touches only those.
import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

export interface RowWindow {
  /** The first row rendered, and one past the last. */
  first: number;
  end: number;
  /** Heights of the empty space standing in for the rows above and below. */
  padTop: number;
  padBottom: number;
}

/** Rows drawn beyond each edge of the view, so a fast scroll does not show blank space. */
const OVERSCAN = 2;
/** Without a layout (a test DOM, a box not shown), this many rows are rendered. */
const UNMEASURED_ROWS = 20;

export function rowWindow(count: number, rowHeight: number, scrollTop: number, viewHeight: number): RowWindow {
  const inView = viewHeight > 0 ? Math.ceil(viewHeight / rowHeight) : UNMEASURED_ROWS;
  const first = Math.max(0, Math.min(count - 1, Math.floor(scrollTop / rowHeight) - OVERSCAN));
  const end = Math.min(count, first + inView + 2 * OVERSCAN);
  return { first, end, padTop: first * rowHeight, padBottom: (count - end) * rowHeight };
}

/** The window of rows in view in `box` (the scroll container), updated on scroll and resize. */
export function useRowWindow(box: RefObject<HTMLElement | null>, count: number, rowHeight: number, enabled: boolean): RowWindow {
  const [view, setView] = useState({ scrollTop: 0, height: 0 });
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !enabled) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      // A box that is not shown (a folded panel) has no height to go by; nor is any box taller than
      // the window, whatever the layout of hidden content reports.
      const shown = typeof el.checkVisibility !== 'function' || el.checkVisibility();
      const height = shown ? Math.min(el.clientHeight, window.innerHeight) : 0;
      setView((v) => (v.scrollTop === el.scrollTop && v.height === height ? v : { scrollTop: el.scrollTop, height }));
    };
    const onScroll = () => { if (!frame) frame = requestAnimationFrame(read); };
    // Measured in the next frame rather than now, in the middle of a step's rendering (a list that grows
    // long as a range's end moves): reading the layout here would lay the page out twice in that step.
    onScroll();
    el.addEventListener('scroll', onScroll, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onScroll);
    ro?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [box, enabled]);
  if (!enabled) return { first: 0, end: count, padTop: 0, padBottom: 0 };
  return rowWindow(count, rowHeight, view.scrollTop, view.height);
}
