// Quick ranges near the playback controls: this day, from the start, the last 6 or 24 hours, and
// clearing a range. Loaded once the first map is drawn (see TimelineSection).
import { useRef } from 'preact/hooks';
import { HOUR, startOfLocalDay } from '../../core/time';
import { selectTimeZone } from '../../store/selectors';
import { dayEnd } from '../../store/store';
import { useApp, useAppStore } from '../store-context';
import { useMoreT } from '../use-more-t';
import './range-choices.css';

export function RangeChoices() {
  const store = useAppStore();
  const m = useMoreT();
  const inRange = useApp((s) => s.span === 'range');
  const timeZone = useApp(selectTimeZone);
  const menu = useRef<HTMLDetailsElement>(null);

  /** Each choice is a range ending (or, for the day, lying) around the time shown. */
  const choose = (pick: (time: number, start: number) => [number, number] | null) => {
    const s = store.getState();
    if (!s.dataset) return;
    s.setPlaying(false);
    const range = pick(s.time, s.dataset.start);
    if (range) s.showRange(range[0], range[1]);
    else s.clearRange();
    if (menu.current) menu.current.open = false;
  };
  const choices: [string, (time: number, start: number) => [number, number] | null][] = [
    [m.rangeThisDay, (time) => {
      const dataset = store.getState().dataset;
      return dataset ? [startOfLocalDay(time, timeZone), dayEnd(time, dataset)] : null;
    }],
    [m.rangeFromStart, (time, start) => [start, time]],
    [m.rangeLast6, (time) => [time - 6 * HOUR, time]],
    [m.rangeLast24, (time) => [time - 24 * HOUR, time]],
  ];

  return (
    <details class="range-choices" ref={menu}>
      <summary>{m.rangeMenu}</summary>
      <div class="range-choices-list" role="group" aria-label={m.rangeChoices}>
        {choices.map(([label, pick]) => <button key={label} type="button" onClick={() => choose(pick)}>{label}</button>)}
        {inRange ? <button type="button" onClick={() => choose(() => null)}>{m.rangeClear}</button> : null}
      </div>
    </details>
  );
}
