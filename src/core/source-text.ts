// A source as readers see it: its citation, and its address only where that is safe to follow.
// Apart from describe.ts because only on-demand parts (popups, About, the story) show sources.
import type { Source } from './types';

/** "Akhbar al-Aan, “Title”, 21 April 2016". */
export function citeSource(source: Source): string {
  return `${source.publisher}, “${source.title}”${source.date ? `, ${source.date}` : ''}`;
}

/** Only http(s) URLs become links; anything else stays text. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
