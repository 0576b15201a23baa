// Parts on screen from the start that the first map does not need (the incident list, the quick
// ranges, the timeline's marks) load once it is drawn, so that they never compete with it for the
// network or the main thread, and the first load is only what draws the map.
import { FIRST_DRAW_MARK } from '../core/performance-marks';

/** A map that fails to draw must not keep the rest of the page from loading. */
const LONGEST_WAIT_MS = 5000;

let ready: Promise<void> | null = null;

/** Resolves once the app's first map is drawn (at once where that cannot be observed). */
export function afterFirstMap(): Promise<void> {
  ready ??= new Promise<void>((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || performance.getEntriesByName(FIRST_DRAW_MARK).length > 0) {
      resolve();
      return;
    }
    const observer = new PerformanceObserver((list) => { if (list.getEntriesByName(FIRST_DRAW_MARK).length > 0) done(); });
    const timer = setTimeout(() => done(), LONGEST_WAIT_MS);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe({ type: 'mark' });
  });
  return ready;
}
