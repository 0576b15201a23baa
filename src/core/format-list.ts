// Lists in the reader's language through Intl.ListFormat: "a, b and c", "a وb وc", "a, b û c".
import { LOCALE_TAGS } from './locale';
import type { Lang } from './names';

export type ListType = 'conjunction' | 'disjunction';

// Chromium ships no Kurmanji list patterns (Node does): CLDR's, so that both say the same. A language
// with no data at all gets CLDR's root pattern, "a, b, c".
const LAST_JOINER: Partial<Record<Lang, Record<ListType, string>>> = { ku: { conjunction: ' û ', disjunction: ' an ' } };

const formats = new Map<string, Intl.ListFormat | null>();

/** Items joined as the language joins them; `disjunction` for "a, b or c". */
export function formatList(items: readonly string[], lang: Lang, type: ListType = 'conjunction'): string {
  const key = `${lang} ${type}`;
  let f = formats.get(key);
  if (f === undefined) {
    const tag = LOCALE_TAGS[lang];
    f = Intl.ListFormat.supportedLocalesOf(tag).length > 0 ? new Intl.ListFormat(tag, { type }) : null;
    formats.set(key, f);
  }
  if (f) return f.format(items);
  const last = LAST_JOINER[lang]?.[type];
  if (!last || items.length < 2) return items.join(', ');
  return `${items.slice(0, -1).join(', ')}${last}${items[items.length - 1] ?? ''}`;
}
