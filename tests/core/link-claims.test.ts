// claims=1 in links: pinned like the rest of the link format; old links read and write as before.
import { describe, expect, it } from 'vitest';
import { readLink, writeLink } from '../../src/core/link';
import { linkNoticeText } from '../../src/core/link-notice';
import { readLinkProblems } from '../../src/core/link-format';
import { MORE_MESSAGES } from '../../src/i18n/more';
import { linkContext, TZ } from '../helpers/link-context';

const ctx = linkContext();

describe('claims= in links', () => {
  it('reads claims=1 and claims=0 beside the other parameters', () => {
    expect(readLink('?claims=1', ctx)).toEqual({ state: { claims: true }, notices: [] });
    expect(readLink('?claims=0', ctx)).toEqual({ state: { claims: false }, notices: [] });
    expect(readLink('?t=2016-04-23&claims=1&lang=ar', ctx).state).toEqual({
      time: { ms: Date.parse('2016-04-23T00:00:00+03:00'), wholeDay: true }, claims: true, lang: 'ar',
    });
  });

  it('writes claims=1 only when on, after the view\'s other parts, so links without it are unchanged', () => {
    expect(writeLink({ claims: true }, TZ)).toBe('?claims=1');
    expect(writeLink({ claims: false }, TZ)).toBe('');
    expect(writeLink({ event: 'truce', embed: true, claims: true }, TZ)).toBe('?event=truce&embed=1&claims=1');
    expect(writeLink({ event: 'truce', embed: true }, TZ)).toBe('?event=truce&embed=1');
    // A view link replaces the parameter it carries: an old claims=1 goes when the view has it off.
    expect(writeLink({ event: 'truce' }, TZ, '?claims=1&utm_source=x')).toBe('?event=truce&utm_source=x');
  });

  it('ignores a value it cannot read with a notice naming it, and applies the rest', () => {
    const { state, notices } = readLink('?claims=yes&embed=1', ctx);
    expect(state).toEqual({ embed: true });
    expect(notices).toEqual(['The claims setting “yes” could not be read (expected 1 or 0), so it was ignored.']);
  });

  it('words the notice in Arabic and Kurdish too, quoting the value', () => {
    const [problem] = readLinkProblems('?claims=2', ctx).problems;
    expect(problem).toEqual({ param: 'claims', code: 'badClaims', value: '2' });
    if (!problem) return;
    expect(linkNoticeText(problem, MORE_MESSAGES.ar.linkNotices, { lang: 'ar', timeZone: TZ })).toMatch(/الادعاءات \(claims\) «\u20682\u2069»/);
    expect(linkNoticeText(problem, MORE_MESSAGES.ku.linkNotices, { lang: 'ku', timeZone: TZ })).toMatch(/\(claims\) “2” nehat xwendin/);
  });
});
