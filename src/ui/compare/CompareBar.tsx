// The compare view's controls over the map, while a range is shown: a button that shows the range's
// start and end side by side (and back), their labels, and, where there is room for one map only, a
// switch between the two. Which of these shows is the stylesheet's choice (compare.css).
import { formatLocalClock, formatLocalDateTime, formatShortDay } from '../../core/time-text';
import { TIME_WORDS } from '../../core/time-words';
import { COMPARE_WORDS } from '../../i18n/compare-words';
import { selectTimeZone } from '../../store/selectors';
import { useApp, useAppStore } from '../store-context';
import { useLang } from '../use-t';
import './compare.css';

export type CompareSide = 'start' | 'end';

/** The id of the end's label, which describes the app's map while the two are compared. */
export const END_LABEL_ID = 'compare-end-label';

export function CompareBar({ side, onSide }: { side: CompareSide; onSide: (side: CompareSide) => void }) {
  const store = useAppStore();
  const comparing = useApp((s) => s.compare);
  const w = COMPARE_WORDS[useLang()];
  const toggle = (
    <button type="button" class="compare-toggle" aria-pressed={comparing} title={w.compareLong}
      onClick={() => store.getState().setCompare(!comparing)}>
      {/* Shown, not named: a toggle's name stays the same, aria-pressed says its state. */}
      {comparing ? <span aria-hidden="true">✓ </span> : null}{w.compare}
    </button>
  );
  // The ends' times are read only while compared: otherwise a move of the range's end renders nothing here.
  return <div class={comparing ? 'compare-bar is-comparing' : 'compare-bar'}>{comparing ? <CompareLabels side={side} onSide={onSide} /> : null}{toggle}</div>;
}

function CompareLabels({ side, onSide }: { side: CompareSide; onSide: (side: CompareSide) => void }) {
  const start = useApp((s) => s.rangeStart ?? s.time);
  const end = useApp((s) => s.time);
  const timeZone = useApp(selectTimeZone);
  const lang = useLang();
  const w = COMPARE_WORDS[lang];
  const at = (ms: number) => formatLocalDateTime(ms, timeZone, lang);
  const short = (ms: number) => `${formatShortDay(ms, timeZone, lang)}${TIME_WORDS[lang].comma}${formatLocalClock(ms, timeZone, lang)}`;
  return (
    <>
      <p class="compare-label compare-label-start">{w.startAt(at(start))}</p>
      <p class="compare-label compare-label-end" id={END_LABEL_ID}>{w.endAt(at(end))}</p>
      <fieldset class="compare-switch">
        <legend class="visually-hidden">{w.switchLabel}</legend>
        {(['start', 'end'] as const).map((s) => (
          <label key={s} class={side === s ? 'is-checked' : undefined}>
            <input type="radio" name="compare-side" value={s} checked={side === s} onChange={() => onSide(s)} />
            <span><strong>{s === 'start' ? w.start : w.end}</strong> <span class="compare-time">{short(s === 'start' ? start : end)}</span></span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
