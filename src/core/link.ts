// The link format as one module for tools and tests: everything in link-format.ts, and readLink,
// which words what a link had wrong in English. The app imports link-format.ts itself and words
// the problems in the reader's language on demand, so the first load carries none of these words.
import { readLinkProblems, type LinkContext, type LinkState } from './link-format';
import { linkNoticeText } from './link-notice';
import { LINK_WORDS_EN } from './link-words';
import { readSourcesParam } from './source-filter-link';

export * from './link-format';

/**
 * Reads the parts of a query string that belong to the map; says in English what it had to ignore or
 * change. With `sourceIds`, sources= is read against them (as the app does once the lens has loaded):
 * written in its one form, without what it does not know.
 */
export function readLink(search: string, ctx: LinkContext & { sourceIds?: ReadonlySet<string> }): { state: LinkState; notices: string[] } {
  const { state, problems } = readLinkProblems(search, ctx);
  if (state.sources !== undefined && ctx.sourceIds) {
    const read = readSourcesParam(state.sources, ctx.sourceIds);
    if (read.problem) problems.push(read.problem);
    if (read.value) state.sources = read.value;
    else delete state.sources;
  }
  const format = { lang: 'en', timeZone: ctx.timeZone } as const;
  return { state, notices: problems.map((p) => linkNoticeText(p, LINK_WORDS_EN, format)) };
}
