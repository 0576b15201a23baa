// The content width of an element, kept current as it resizes (0 until it is laid out).
import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    // jsdom (the component tests) has no ResizeObserver: the first width is all it gets.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
