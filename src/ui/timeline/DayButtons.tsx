// A button per day over the track, to show that day whole.
import { plainNumber } from '../../core/locale';
import type { Lang } from '../../core/names';
import { localParts } from '../../core/time';
import { formatLocalDate, formatShortDay } from '../../core/time-text';
import type { Messages } from '../../i18n/en';
import { PureComponent } from '../PureComponent';
import { HEIGHT, dayWidthOn, xOn } from './track-geometry';

/** Narrower days than this share their button with their neighbours. */
const MIN_DAY_BUTTON_WIDTH = 30;

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
    const dayWidth = dayWidthOn(extent);
    const every = Math.max(1, Math.ceil(MIN_DAY_BUTTON_WIDTH / dayWidth));
    return (
      <div class="timeline-days" dir="ltr" style={{ width: `${width}px`, top: `-${HEIGHT + 2}px` }}>
        {/* Where days are too narrow for a label each, every nth day gets a button (PageUp/PageDown still step by day). */}
        {midnights.filter((m, i) => m < end && i % every === 0).map((m) => {
          const shown = every * dayWidth > 70 ? formatShortDay(m, timeZone, lang) : plainNumber(localParts(m, timeZone).day, lang);
          return (
            <button key={m} type="button" class={`timeline-day-button${currentDay === m ? ' is-current' : ''}`}
              style={{ left: `${xOn(m, extent)}px`, maxWidth: `${Math.max(24, every * dayWidth - 2)}px` }}
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
