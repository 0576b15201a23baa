// A button per day over the track, to show that day whole; where days are too narrow for a label
// each, buttons on the calendar's steps (core/day-marks.ts).
import { dayMarks, dayMarkText } from '../../core/day-marks';
import type { Lang } from '../../core/names';
import { formatLocalDate } from '../../core/time-text';
import type { Messages } from '../../i18n/en';
import { PureComponent } from '../PureComponent';
import { HEIGHT, dayWidthOn, xOn } from './track-geometry';

/** Narrower days than this share their button with their neighbours. */
const MIN_DAY_BUTTON_WIDTH = 30;
/** Shared buttons are kept this far apart: room for a month's name or a year, with the button's padding ("Sep"; Kurmanji's "berfanbar"; Syrian Arabic's two-word "تشرين الثاني"). */
const NAME_BUTTON_WIDTH: Record<Lang, number> = { en: 40, ku: 64, ar: 72 };
/** Buttons with this much room show the weekday and date. */
const WIDE_DAY_BUTTON_WIDTH = 70;

export interface DayButtonsProps {
  midnights: number[];
  start: number;
  end: number;
  width: number;
  timeZone: string;
  lang: Lang;
  showAllOf: Messages['showAllOf'];
  /** The day shown whole, if any. */
  currentDay: number | null;
  onShowDay: (midnight: number) => void;
}

/** Re-rendered only when the day shown whole or the width changes, not on every time step. */
export class DayButtons extends PureComponent<DayButtonsProps> {
  override render({ midnights, start, end, width, timeZone, lang, showAllOf, currentDay, onShowDay }: DayButtonsProps) {
    const extent = { start, end, width };
    const { marks, room } = dayMarks({ midnights, end, dayWidth: dayWidthOn(extent), minWidth: MIN_DAY_BUTTON_WIDTH, nameWidth: NAME_BUTTON_WIDTH[lang], wideWidth: WIDE_DAY_BUTTON_WIDTH, timeZone });
    return (
      <div class="timeline-days" dir="ltr" style={{ width: `${width}px`, top: `-${HEIGHT + 2}px` }}>
        {/* PageUp/PageDown still step by day where not every day has a button. */}
        {marks.map((mark) => {
          const m = mark.at;
          const shown = dayMarkText(mark, timeZone, lang);
          return (
            <button key={m} type="button" class={`timeline-day-button${currentDay === m ? ' is-current' : ''}`}
              style={{ left: `${xOn(m, extent)}px`, maxWidth: `${Math.max(24, room - 2)}px` }}
              // The name begins with the words shown, so a voice-control user can say what they see (WCAG 2.5.3).
              aria-label={showAllOf(shown, formatLocalDate(m, timeZone, lang))}
              aria-pressed={currentDay === m}
              onClick={() => onShowDay(m)}>
              {shown}
            </button>
          );
        })}
      </div>
    );
  }
}
