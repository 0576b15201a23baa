// The credits under a picture: the short names of the sources of what it shows, whether its
// outlines are schematic, and the basemap's credit.
import type { AreaState } from '../control';
import { formatCount } from '../locale';
import type { Dataset, Incident } from '../types';
import type { Picture } from './picture';
import { textWidth } from './text-width';

/** "Al-Masdar News, as carried by westernarmeniatv" → "Al-Masdar News"; "Wikipedia (English)" → "Wikipedia". */
export function shortSourceName(publisher: string): string {
  return publisher.split(/\s*[(,]\s*|\s+citing\s+/)[0]?.trim() || publisher;
}

/** The sources of the states and incidents shown, in the dataset's order, as short names without repeats. */
export function sourcesShown(dataset: Pick<Dataset, 'sources' | 'control'>, { states, incidents }: { states: readonly AreaState[]; incidents: readonly Incident[] }): string[] {
  const cited = new Set<string>();
  const initial = new Map(dataset.control.initial.map((c) => [c.site, c.sources]));
  for (const s of states) for (const id of s.change?.sources ?? initial.get(s.site) ?? []) cited.add(id);
  for (const i of incidents) for (const id of i.sources) cited.add(id);
  const names = dataset.sources.filter((s) => cited.has(s.id)).map((s) => shortSourceName(s.publisher));
  return [...new Set(names)];
}

/** "Sources: A, B, C +4 more", as many names as fit `width`. */
export function sourcesLine(names: readonly string[], picture: Picture, width: number, size: number): string {
  const w = picture.words;
  const sep = picture.rtl ? '، ' : ', ';
  const name = (n: string) => w.isolate(n);
  for (let k = names.length; k >= 1; k--) {
    const rest = names.length - k;
    const text = `${w.sources}${names.slice(0, k).map(name).join(sep)}${rest > 0 ? ` ${w.more(formatCount(rest, picture.lang))}` : ''}`;
    if (textWidth(text, size) <= width || k === 1) return text;
  }
  return '';
}
