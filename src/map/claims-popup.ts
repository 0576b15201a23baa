// The part of an area's popup that sets the claims of control in force beside the map's assessment:
// the assessment first, then each claim with its claimant, the holder it names, and its sources.
import type { AreaState } from '../core/control';
import { claimsInForce } from '../core/control-claims';
import { formatLocalDateTime } from '../core/time-text';
import type { Lang } from '../core/names';
import type { Actor, ControlClaim, Source } from '../core/types';
import type { Messages } from '../i18n/en';
import { MORE_MESSAGES } from '../i18n/more';
import { el } from './dom';
import { sourceItems } from './source-items';

/** What the block needs of a popup's context (popup.ts's PopupContext gives it). */
export interface ClaimsPopupContext {
  timeZone: string;
  sources: ReadonlyMap<string, Source>;
  actors: ReadonlyMap<string, Actor>;
  words: () => Messages;
  lang: () => Lang;
  now?: (() => number) | undefined;
}

/** The block, or null when no claim is in force at the moment shown. */
export function controlClaimsBlock(state: AreaState, ctx: ClaimsPopupContext): HTMLElement | null {
  const claims = claimsInForce(state, ctx.now?.() ?? Infinity);
  if (claims.length === 0) return null;
  const t = ctx.words();
  const m = MORE_MESSAGES[ctx.lang()];
  const name = (id: string) => ctx.actors.get(id)?.name ?? id;
  return el('section', { class: 'popup-control-claims' },
    el('h3', {}, m.claimsHeading),
    el('ul', {},
      el('li', { class: 'is-assessment' }, el('strong', {}, m.claimsAssessment), name(state.controller), state.contested ? t.contestedParen : ''),
      ...claims.map((c) => claimItem(c, state, ctx))));
}

function claimItem(c: ControlClaim, state: AreaState, ctx: ClaimsPopupContext): HTMLElement {
  const m = MORE_MESSAGES[ctx.lang()];
  const otherwise = c.controller !== state.controller;
  const short = (id: string) => ctx.actors.get(id)?.short ?? id;
  const tags = [otherwise ? m.claimOtherwise : '', m.claimStatus[c.status],
    c.start === undefined ? '' : m.claimFrom(formatLocalDateTime(Date.parse(c.start), ctx.timeZone, ctx.lang()))].filter(Boolean);
  return el('li', { class: otherwise ? 'is-otherwise' : 'is-agreeing', 'data-claimant': c.claimant },
    el('strong', {}, m.claimSays(short(c.claimant), short(c.controller))),
    el('span', { class: 'popup-claim-tags' }, ` (${tags.join(m.semicolon)})`),
    el('p', { class: 'popup-note', lang: 'en', dir: 'auto' }, c.note),
    sourceItems(c.sources, ctx.sources));
}
