// The room "Who controls what" takes, kept while its code loads after the first map: without it the
// panels below it jumped down by the table's height when it came (a layout shift of 0.16 at 1280 × 800).
import { useApp } from '../store-context';

/** Tables longer than this scroll in a box of their own (24rem high) and render only the rows in view. */
export const FULL_TABLE_MAX = 60;

export function ControlTableSpace() {
  // An area for each initial record: the table's rows (none: a dataset of incidents only, one line).
  const areas = useApp((s) => s.dataset?.control.initial.length ?? 0);
  if (areas === 0) return null;
  return <div class="control-table-space" aria-hidden="true" style={areas > FULL_TABLE_MAX ? { height: '24rem' } : { '--rows': areas }} />;
}
