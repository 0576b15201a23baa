// What a step changed among the marks a canvas shows: the marks gone and the marks new, by identity
// (a mark whose look changed, a fade, is a new one in the same place). The canvas redraws only around
// those. Pure, so that it is tested in Node.

export interface MarkChanges {
  /** Indices in the marks before of those no longer shown. */
  gone: number[];
  /** Indices in the marks after of those not shown before. */
  added: number[];
}

/**
 * The marks gone and added from `before` to `after`; null when the marks kept are not in the same
 * order (one drawn over another before would be drawn under it: only a whole drawing shows that).
 */
export function markChanges<T extends object>(before: readonly T[], after: readonly T[]): MarkChanges | null {
  if (before === after) return { gone: [], added: [] };
  // Runs of the same marks at the same places are common (a range's end moving on keeps every mark
  // but the last few): they are skipped without a look-up.
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  // A queue's step (the oldest gone, the rest kept in order, new ones after): found without a look-up.
  const shift = head === 0 && after.length > 0 ? before.indexOf(after[0] as T) : -1;
  if (shift > 0) {
    let kept = 0;
    while (shift + kept < before.length && kept < after.length && before[shift + kept] === after[kept]) kept++;
    // Unless one of those after was among those gone: then the order changed.
    let fresh = shift + kept === before.length;
    for (let j = kept; fresh && j < after.length; j++) fresh = before.lastIndexOf(after[j] as T, shift - 1) < 0;
    if (fresh) return { gone: range(0, shift), added: range(kept, after.length) };
  }
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const afterAt = new Map<T, number>();
  for (let j = head; j < after.length - tail; j++) afterAt.set(after[j] as T, j);
  const gone: number[] = [];
  const kept = new Uint8Array(after.length);
  let last = head - 1;
  for (let i = head; i < before.length - tail; i++) {
    const j = afterAt.get(before[i] as T);
    if (j === undefined) gone.push(i);
    else if (j <= last) return null;
    else {
      kept[j] = 1;
      last = j;
    }
  }
  const added: number[] = [];
  for (let j = head; j < after.length - tail; j++) if (!kept[j]) added.push(j);
  return { gone, added };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
