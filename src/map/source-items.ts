// A list of cited sources as popups show them: publisher, title and date; only http(s) URLs become links.
import { citeSource, safeHref } from '../core/source-text';
import type { Source } from '../core/types';
import { el } from './dom';

/** The sources named by `ids`, in that order; unknown ids are left out. */
export function sourceItems(ids: readonly string[], sources: ReadonlyMap<string, Source>): HTMLUListElement {
  const list = el('ul', { class: 'popup-sources' });
  for (const id of ids) {
    const s = sources.get(id);
    if (!s) continue;
    const href = safeHref(s.url);
    const text = citeSource(s);
    list.append(el('li', {}, href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text) : text));
  }
  return list;
}
