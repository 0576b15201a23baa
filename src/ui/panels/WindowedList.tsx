// A list of What changed that may be long (a range of many days holds thousands of incidents): past
// `longAt` rows it scrolls in a box of its own and renders only the rows in view, so moving an end of
// the range touches a few dozen rows however many the range holds.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useRowWindow } from '../use-row-window';

export interface WindowedListProps {
  count: number;
  /** Lists longer than this are windowed. */
  longAt: number;
  /** A windowed row's height, in px (its text is cut to fit). */
  rowHeight: number;
  class?: string;
  labelledBy: string;
  /** The rows hold nothing focusable: the box itself takes focus when it scrolls, so the keyboard scrolls it. */
  focusBox?: boolean;
  /** The row at `i` (an <li>); `position` is where it stands among all rows, when windowed, for screen readers. */
  row: (i: number, position: { posinset: number; setsize: number } | undefined) => ComponentChildren;
}

export function WindowedList({ count, longAt, rowHeight, class: className, labelledBy, focusBox = false, row }: WindowedListProps) {
  const box = useRef<HTMLUListElement>(null);
  const long = count > longAt;
  const shown = useRowWindow(box, count, rowHeight, long);
  const rows: ComponentChildren[] = [];
  for (let i = shown.first; i < shown.end; i++) rows.push(row(i, long ? { posinset: i + 1, setsize: count } : undefined));
  return (
    <ul ref={box} class={long ? `${className ?? ''} is-windowed changes-windowed`.trim() : className} aria-labelledby={labelledBy}
      style={long ? { '--row-height': `${rowHeight}px` } : undefined} tabIndex={long && focusBox ? 0 : undefined}>
      {/* Spacers, not padding, stand in for the rows out of view (as in the incident list). */}
      {shown.padTop > 0 ? <li class="row-spacer" aria-hidden="true" style={{ height: `${shown.padTop}px` }} /> : null}
      {rows}
      {shown.padBottom > 0 ? <li class="row-spacer" aria-hidden="true" style={{ height: `${shown.padBottom}px` }} /> : null}
    </ul>
  );
}
