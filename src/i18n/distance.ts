// A distance in the reader's language: "800 m", "1.5 km".
import type { Messages } from './en';

export function formatDistance(metres: number, t: Messages): string {
  return metres >= 1000 ? t.km((metres / 1000).toFixed(metres % 1000 === 0 ? 0 : 1)) : t.metres(String(metres));
}
