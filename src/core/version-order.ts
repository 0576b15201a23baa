// Orders dataset versions written as dotted numbers (1.2.0): the order links and citations rely on.

/** The pattern a readable version has: up to four dotted numbers. */
export const VERSION_PATTERN = /^\d{1,9}(?:\.\d{1,9}){0,3}$/;

/**
 * Negative when `a` is older than `b`, positive when newer, 0 when the same (1.2 is 1.2.0);
 * null when either is not dotted numbers, so no order can be told.
 */
export function compareVersions(a: string, b: string): number | null {
  if (!VERSION_PATTERN.test(a) || !VERSION_PATTERN.test(b)) return null;
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
